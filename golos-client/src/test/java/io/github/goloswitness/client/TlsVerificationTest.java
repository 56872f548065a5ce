package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS is always verified: a node with a certificate the JVM does not trust is unreachable, and no
 * request reaches it. The certificate is made at test time with the JDK's keytool (self-signed,
 * valid for 127.0.0.1), so nothing secret lives in the repository.
 */
class TlsVerificationTest {

  private static final char[] PASSWORD = "test-only".toCharArray();

  @TempDir Path dir;
  private HttpsServer server;
  private final AtomicInteger requests = new AtomicInteger();
  /** A context that does trust the node's certificate: the control that the node itself works. */
  private SSLContext trusting;

  @BeforeEach
  void startSelfSignedNode() throws Exception {
    Path keystore = dir.resolve("node.p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "node", "-keyalg", "EC",
        "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
        "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD),
        "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("keytool finished: %s", output).isTrue();
    assertThat(p.exitValue()).as("keytool: %s", output).isZero();

    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, PASSWORD);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, PASSWORD);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    trusting = SSLContext.getInstance("TLS");
    trusting.init(null, tmf.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "{\"jsonrpc\":\"2.0\",\"result\":\"0.30.0\",\"id\":1}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void untrustedCertificateMakesTheNodeUnreachableAndNothingIsSent() throws Exception {
    URI node = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
    HttpResponse<String> control = HttpClient.newBuilder().sslContext(trusting).build().send(
        HttpRequest.newBuilder(node).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(control.statusCode()).as("the node answers a client that trusts it").isEqualTo(200);
    assertThat(requests).hasValue(1);

    try (GolosClient client = GolosClient.builder(List.of(node))
        .timeout(Duration.ofSeconds(20)).maxRetries(0).build()) {
      assertThatThrownBy(client::getHardforkVersion)
          .isInstanceOf(NodeUnreachableException.class)
          .hasMessageContaining(node.getHost());
    }
    assertThat(requests).as("requests that reached the node").hasValue(1);
  }
}
