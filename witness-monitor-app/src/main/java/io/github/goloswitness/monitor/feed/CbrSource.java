package io.github.goloswitness.monitor.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code type: cbr}: the Central Bank of Russia's daily XML. Two services (formats as published at
 * https://www.cbr.ru/development/SXML/ and pinned by {@code CbrSourceTest}'s recorded replies):
 * <ul>
 *   <li>pair {@code XAU_GRAM/RUB}: {@code scripts/xml_metall.asp?date_req1=DD/MM/YYYY&date_req2=DD/MM/YYYY},
 *       {@code <Metall><Record Date="DD.MM.YYYY" Code="1"><Buy>10490,00</Buy><Sell>…</Sell></Record>}:
 *       roubles per gram, code 1 is gold; the newest gold record of the last 7 days is used (no
 *       quotation on weekends and holidays, as feed.py knew);</li>
 *   <li>pair {@code CUR/RUB} (e.g. {@code USD/RUB}): {@code scripts/XML_daily.asp},
 *       {@code <ValCurs><Valute><CharCode>USD</CharCode><Nominal>1</Nominal><Value>78,1727</Value>}:
 *       roubles per {@code Nominal} units.</li>
 * </ul>
 * Numbers use a decimal comma. The replies are windows-1251 XML; DTDs are refused.
 */
final class CbrSource implements PriceSource {
  /** The bank's own host; a mirror can be configured with {@code url}. */
  static final URI METALS = URI.create("https://www.cbr.ru/scripts/xml_metall.asp");
  static final URI DAILY = URI.create("https://www.cbr.ru/scripts/XML_daily.asp");
  static final String GOLD_CODE = "1";
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final DateTimeFormatter QUERY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter RECORD_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final String name;
  private final Pair pair;
  private final URI url;
  private final boolean counted;
  private final PriceHttp http;

  /**
   * @param pair {@code XAU_GRAM/RUB} (gold) or {@code CUR/RUB} for a currency code CUR
   * @param url the service to ask, or null for the bank's own
   * @throws IllegalArgumentException for any other pair
   */
  CbrSource(String name, Pair pair, URI url, boolean counted, PriceHttp http) {
    this.name = Objects.requireNonNull(name, "name");
    this.pair = checkPair(pair);
    this.url = url != null ? url : gold() ? METALS : DAILY;
    this.counted = counted;
    this.http = Objects.requireNonNull(http, "http");
  }

  /**
   * Returns {@code pair} when the bank publishes it.
   *
   * @throws IllegalArgumentException otherwise
   */
  static Pair checkPair(Pair pair) {
    Objects.requireNonNull(pair, "pair");
    if (!pair.quote().equals("RUB") || !pair.base().matches("XAU_GRAM|[A-Z]{3}") || pair.base().equals("XAU")) {
      throw new IllegalArgumentException("cbr pair " + pair + ": the bank quotes XAU_GRAM/RUB (gold per gram) "
          + "or a currency in roubles such as USD/RUB");
    }
    return pair;
  }

  private boolean gold() {
    return pair.base().equals("XAU_GRAM");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Pair pair() {
    return pair;
  }

  @Override
  public boolean counted() {
    return counted;
  }

  @Override
  public double fetch(Instant now) throws IOException {
    if (gold()) {
      LocalDate today = LocalDate.ofInstant(now, MOSCOW);
      URI uri = URI.create(url + (url.getRawQuery() == null ? "?" : "&")
          + "date_req1=" + QUERY_DATE.format(today.minusDays(7)) + "&date_req2=" + QUERY_DATE.format(today));
      return goldPerGram(http.get(uri, "application/xml"));
    }
    return currency(http.get(url, "application/xml"), pair.base());
  }

  /** Roubles per gram of gold: the newest {@code Code="1"} record's {@code Buy}. */
  static double goldPerGram(byte[] xml) throws IOException {
    Element root = parse(xml, "Metall");
    NodeList records = root.getElementsByTagName("Record");
    LocalDate newest = null;
    String price = null;
    for (int i = 0; i < records.getLength(); i++) {
      Element record = (Element) records.item(i);
      if (!GOLD_CODE.equals(record.getAttribute("Code"))) {
        continue;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(record.getAttribute("Date"), RECORD_DATE);
      } catch (DateTimeParseException e) {
        throw new IOException("Record Date \"" + record.getAttribute("Date") + "\" is not DD.MM.YYYY");
      }
      if (newest == null || date.isAfter(newest)) {
        newest = date;
        price = childText(record, "Buy");
      }
    }
    if (price == null) {
      throw new IOException("no gold (Code=\"1\") record in the reply");
    }
    return number(price, "Buy of " + RECORD_DATE.format(newest));
  }

  /** Roubles per one unit of {@code code}: {@code Value / Nominal}. */
  static double currency(byte[] xml, String code) throws IOException {
    Element root = parse(xml, "ValCurs");
    NodeList valutes = root.getElementsByTagName("Valute");
    for (int i = 0; i < valutes.getLength(); i++) {
      Element valute = (Element) valutes.item(i);
      if (code.equals(childText(valute, "CharCode"))) {
        double nominal = number(childText(valute, "Nominal"), code + " Nominal");
        if (nominal <= 0) {
          throw new IOException(code + " Nominal is " + childText(valute, "Nominal"));
        }
        return number(childText(valute, "Value"), code + " Value") / nominal;
      }
    }
    throw new IOException("no " + code + " in the reply");
  }

  private static Element parse(byte[] xml, String rootName) throws IOException {
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      factory.setXIncludeAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // the default handler prints to stderr
      document = builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    } catch (SAXException e) {
      throw new IOException("reply is not XML (" + e.getMessage() + ")");
    }
    Element root = document.getDocumentElement();
    if (!rootName.equals(root.getTagName())) {
      throw new IOException("reply is <" + root.getTagName() + ">, expected <" + rootName + ">");
    }
    return root;
  }

  private static String childText(Element parent, String tag) throws IOException {
    NodeList children = parent.getElementsByTagName(tag);
    if (children.getLength() == 0) {
      throw new IOException("<" + parent.getTagName() + "> without <" + tag + ">");
    }
    return children.item(0).getTextContent().trim();
  }

  private static double number(String text, String what) throws IOException {
    try {
      return Double.parseDouble(text.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
    } catch (NumberFormatException e) {
      throw new IOException(what + " is not a number: \"" + text + "\"");
    }
  }
}
