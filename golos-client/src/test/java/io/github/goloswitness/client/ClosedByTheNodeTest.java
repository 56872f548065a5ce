package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * Which failures before a reply's headers are the node closing the connection, by the exception
 * chains the JDK 17 client gives. The "Broken pipe" chain is the one golosd 0.30 produced (2 of
 * 4,000 back-to-back reads), which a fake node cannot produce on demand.
 */
class ClosedByTheNodeTest {

  private static IOException noBytes(Throwable socketError) {
    return new IOException("HTTP/1.1 header parser received no bytes", socketError);
  }

  @Test
  void theSocketsOwnErrorsAreTheNodesClose() {
    assertThat(HttpTransport.closedByTheNode(noBytes(new IOException("Broken pipe")))).isTrue();
    assertThat(HttpTransport.closedByTheNode(noBytes(new EOFException("EOF reached while reading")))).isTrue();
    assertThat(HttpTransport.closedByTheNode(noBytes(new SocketException("Connection reset")))).isTrue();
  }

  @Test
  void nothingSentOrAnAnswerOrATimeoutIsNot() {
    assertThat(HttpTransport.closedByTheNode(new ConnectException())).isFalse();
    assertThat(HttpTransport.closedByTheNode(new HttpConnectTimeoutException("HTTP connect timed out"))).isFalse();
    assertThat(HttpTransport.closedByTheNode(new HttpTimeoutException("request timed out"))).isFalse();
    assertThat(HttpTransport.closedByTheNode(new SSLHandshakeException("PKIX path building failed"))).isFalse();
    assertThat(HttpTransport.closedByTheNode(new ProtocolException("Invalid status line: \"SSH-2.0\""))).isFalse();
    assertThat(HttpTransport.closedByTheNode(new IllegalStateException("a bug"))).isFalse();
  }
}
