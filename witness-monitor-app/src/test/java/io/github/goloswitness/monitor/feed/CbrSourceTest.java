package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bank's two services over real HTTP. The replies in src/test/resources are shaped exactly as
 * the bank serves them (windows-1251 XML, decimal commas, Nominal; format of
 * https://www.cbr.ru/development/SXML/), with gold records out of date order and other metals mixed in.
 */
class CbrSourceTest {
  private static final Instant NOW = Instant.parse("2026-11-28T22:30:00Z"); // 01:30 on the 29th in Moscow
  private final FakePriceServer server;
  private final PriceHttp http = new PriceHttp(Duration.ofSeconds(5));

  CbrSourceTest() throws IOException {
    server = new FakePriceServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static byte[] recorded(String name) throws IOException {
    try (InputStream in = CbrSourceTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void goldIsTheNewestCodeOneBuyPriceOfTheLastWeek() throws Exception {
    server.reply("/scripts/xml_metall.asp", 200, recorded("cbr-xml_metall.xml"), "application/xml; charset=windows-1251");
    CbrSource gold = new CbrSource("cbr gold", Pair.parse("XAU_GRAM/RUB"), server.uri("/scripts/xml_metall.asp"), true, http);
    // 26.11.2026 is the newest gold record (listed before 25.11): 10530,90 RUB per gram
    assertThat(gold.fetch(NOW)).isEqualTo(10530.90);
    FakePriceServer.Request request = server.nextRequest();
    // the date range is the Moscow date, a week back, as DD/MM/YYYY (slashes percent-encoded or not)
    assertThat(request.query().replace("%2F", "/")).isEqualTo("date_req1=22/11/2026&date_req2=29/11/2026");
  }

  @Test
  void aCurrencyIsValueOverNominal() throws Exception {
    server.reply("/scripts/XML_daily.asp", 200, recorded("cbr-XML_daily.xml"), "application/xml; charset=windows-1251");
    assertThat(new CbrSource("usd", Pair.parse("USD/RUB"), server.uri("/scripts/XML_daily.asp"), true, http).fetch(NOW))
        .isEqualTo(78.1727);
    // 100 yen = 52,1234 RUB
    assertThat(new CbrSource("jpy", Pair.parse("JPY/RUB"), server.uri("/scripts/XML_daily.asp"), true, http).fetch(NOW))
        .isCloseTo(0.521234, within(1e-12));
  }

  @Test
  void aMissingCurrencyOrGoldRecordIsAnError() throws Exception {
    server.reply("/daily", 200, recorded("cbr-XML_daily.xml"), "application/xml");
    assertThatThrownBy(() -> new CbrSource("chf", Pair.parse("CHF/RUB"), server.uri("/daily"), true, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessage("no CHF in the reply");
    String noGold = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><Metall FromDate=\"20261122\" ToDate=\"20261129\" "
        + "name=\"Precious metals quotations\"><Record Date=\"24.11.2026\" Code=\"2\"><Buy>128,04</Buy><Sell>128,04</Sell></Record></Metall>";
    server.reply("/metall", 200, noGold.getBytes(StandardCharsets.US_ASCII), "application/xml");
    assertThatThrownBy(() -> new CbrSource("gold", Pair.parse("XAU_GRAM/RUB"), server.uri("/metall"), true, http).fetch(NOW))
        .isInstanceOf(IOException.class).hasMessage("no gold (Code=\"1\") record in the reply");
  }

  @Test
  void malformedRepliesAreNamed() {
    server.reply("/metall", 200, "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8), "text/html");
    CbrSource gold = new CbrSource("gold", Pair.parse("XAU_GRAM/RUB"), server.uri("/metall"), true, http);
    assertThatThrownBy(() -> gold.fetch(NOW)).isInstanceOf(IOException.class).hasMessage("reply is <html>, expected <Metall>");
    server.reply("/metall", 200, "not xml".getBytes(StandardCharsets.UTF_8), "text/plain");
    assertThatThrownBy(() -> gold.fetch(NOW)).isInstanceOf(IOException.class).hasMessageStartingWith("reply is not XML");
    server.reply("/metall", 200, ("<Metall><Record Date=\"26.11.2026\" Code=\"1\"><Buy>n/a</Buy></Record></Metall>")
        .getBytes(StandardCharsets.UTF_8), "application/xml");
    assertThatThrownBy(() -> gold.fetch(NOW)).isInstanceOf(IOException.class).hasMessage("Buy of 26.11.2026 is not a number: \"n/a\"");
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsExpanded() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Metall [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Metall><Record Date=\"26.11.2026\" Code=\"1\"><Buy>&x;</Buy></Record></Metall>";
    server.reply("/metall", 200, xxe.getBytes(StandardCharsets.UTF_8), "application/xml");
    CbrSource gold = new CbrSource("gold", Pair.parse("XAU_GRAM/RUB"), server.uri("/metall"), true, http);
    assertThatThrownBy(() -> gold.fetch(NOW)).isInstanceOf(IOException.class).hasMessageContaining("DOCTYPE");
  }

  @Test
  void theBankQuotesOnlyGoldPerGramAndCurrenciesInRoubles() {
    assertThatThrownBy(() -> CbrSource.checkPair(Pair.parse("XAU/RUB"))).hasMessageContaining("XAU_GRAM/RUB");
    assertThatThrownBy(() -> CbrSource.checkPair(Pair.parse("USD/EUR"))).hasMessageContaining("in roubles");
    assertThat(CbrSource.checkPair(Pair.parse("EUR/RUB"))).isEqualTo(Pair.parse("EUR/RUB"));
  }

  @Test
  void theDefaultsAreTheBanksOwnHttpsServices() {
    assertThat(CbrSource.METALS).hasToString("https://www.cbr.ru/scripts/xml_metall.asp");
    assertThat(CbrSource.DAILY).hasToString("https://www.cbr.ru/scripts/XML_daily.asp");
  }
}
