package io.github.goloswitness.monitor.observe;

import static io.github.goloswitness.monitor.TestKeys.WIF;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.monitor.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** Uses private LoggerContexts, never the process-wide one. */
class LoggingTest {
  private final LoggerContext context = new LoggerContext();
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();

  LoggingTest() {
    context.setMDCAdapter(new LogbackMDCAdapter()); // the process-wide context gets one from the SLF4J binding
  }

  private Logger maskedLogger() {
    WifMaskingFilter filter = new WifMaskingFilter();
    filter.setContext(context);
    filter.start();
    context.addTurboFilter(filter);
    events.setContext(context);
    events.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(events);
    return context.getLogger("test");
  }

  private String onlyMessage() {
    assertThat(events.list).hasSize(1);
    return events.list.get(0).getFormattedMessage();
  }

  @Test
  void masksAWifInTheMessageText() {
    maskedLogger().info("loaded key " + WIF + " from env");
    assertThat(onlyMessage()).isEqualTo("loaded key [redacted-wif] from env");
  }

  @Test
  void masksAWifPassedAsAnArgument() {
    maskedLogger().warn("key {} for {}", WIF, "lex");
    assertThat(onlyMessage()).isEqualTo("key [redacted-wif] for lex");
    assertThat(events.list.get(0).getLevel()).isEqualTo(Level.WARN);
    assertThat(events.list.get(0).getLoggerName()).isEqualTo("test");
  }

  @Test
  void masksAWifInAnExceptionAndItsCause() {
    IOException thrown = new IOException("outer", new IllegalArgumentException("bad key=" + WIF));
    maskedLogger().error("signing failed", thrown);
    assertThat(onlyMessage()).isEqualTo("signing failed");
    var proxy = events.list.get(0).getThrowableProxy();
    assertThat(proxy.getMessage()).isEqualTo("java.io.IOException: outer");
    assertThat(proxy.getCause().getMessage()).isEqualTo("java.lang.IllegalArgumentException: bad key=[redacted-wif]");
    assertThat(proxy.getStackTraceElementProxyArray()).isNotEmpty();
  }

  @Test
  void masksAWifInATrailingExceptionArgument() {
    maskedLogger().error("call {} failed", "witness_update", new IllegalStateException(WIF));
    assertThat(onlyMessage()).isEqualTo("call witness_update failed");
    assertThat(events.list.get(0).getThrowableProxy().getMessage()).isEqualTo("java.lang.IllegalStateException: [redacted-wif]");
  }

  @Test
  void leavesOrdinaryMessagesAlone() {
    maskedLogger().info("switched to {} at block {}", TestKeys.PUB_A, 123);
    assertThat(onlyMessage()).isEqualTo("switched to " + TestKeys.PUB_A + " at block 123");
    assertThat(events.list.get(0).getArgumentArray()).hasSize(2);
  }

  @Test
  void jsonFormatWritesOneMaskedObjectPerLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Logging.configure(context, LogFormat.JSON, Level.INFO, out);
    Logger log = context.getLogger("daemon");
    log.info("first {}", WIF);
    log.debug("not shown");
    log.warn("switched to {} at block {}", TestKeys.PUB_A, 123);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("formattedMessage").asText()).isEqualTo("first [redacted-wif]");
    assertThat(first.has("message")).isFalse();
    assertThat(first.has("arguments")).isFalse();
    assertThat(first.get("level").asText()).isEqualTo("INFO");
    assertThat(first.get("loggerName").asText()).isEqualTo("daemon");
    JsonNode second = json.readTree(lines.get(1));
    assertThat(second.get("level").asText()).isEqualTo("WARN");
    assertThat(second.get("formattedMessage").asText()).isEqualTo("switched to " + TestKeys.PUB_A + " at block 123");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(WIF);
  }

  @Test
  void textFormatWritesMaskedLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Logging.configure(context, LogFormat.TEXT, Level.DEBUG, out);
    context.getLogger("daemon").debug("key {}", WIF);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z DEBUG \\[[^]]+] daemon - key \\[redacted-wif]\\R");
  }
}
