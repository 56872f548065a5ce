package io.github.goloswitness.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node speaking HTTP the way golosd does, on a plain socket: its reply has a Content-Length and no
 * {@code Connection} header (so a client takes the connection as kept alive), and then the node
 * closes the connection (websocketpp serves one HTTP request per connection). The JSON-RPC answers
 * are {@link FakeGolosd}'s, so its scripting applies.
 *
 * <p>Seen on the real node (chain-node 0.30): {@code Server: WebSocket++/0.8.1}, the connection
 * closed 0.8 ms after the reply, curl noting "Connection 0 seems to be dead" before reusing it.
 */
final class OneReplyPerConnectionNode implements AutoCloseable {

  /** What the node does with a connection after its reply. */
  enum Mode {
    /** golosd: close right after the reply (the client may reuse the connection before it sees the close). */
    CLOSE_AFTER_REPLY,
    /**
     * Keep it open, and close it without a reply when the next request arrives on it: the race
     * golosd's close can lose, made certain.
     */
    DROP_THE_NEXT_REQUEST,
    /** As {@link #DROP_THE_NEXT_REQUEST}, but the close is a reset (RST, SO_LINGER 0). */
    RESET_THE_NEXT_REQUEST,
    /** Read every request and close without any reply. */
    NEVER_REPLY
  }

  private final FakeGolosd answers;
  private final Mode mode;
  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();

  OneReplyPerConnectionNode(FakeGolosd answers, Mode mode) throws IOException {
    this.answers = answers;
    this.mode = mode;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
  }

  /** Connections accepted. */
  int connections() {
    return connections.get();
  }

  /** Requests answered with a reply. */
  int answered() {
    return answered.get();
  }

  /** Requests read and left without any reply (their connection closed). */
  int dropped() {
    return dropped.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        connections.incrementAndGet();
        threads.execute(() -> serve(s));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      boolean first = true;
      while (true) {
        String body = readRequest(in);
        if (body == null) {
          return;
        }
        if (mode == Mode.NEVER_REPLY || !first) {
          dropped.incrementAndGet();
          if (mode == Mode.RESET_THE_NEXT_REQUEST) {
            s.setSoLinger(true, 0);
          }
          return;
        }
        first = false;
        byte[] reply = answers.answer(body).body().getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + reply.length + "\r\nServer: WebSocket++/0.8.1\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.write(reply);
        out.flush();
        answered.incrementAndGet();
        if (mode == Mode.CLOSE_AFTER_REPLY) {
          return;
        }
      }
    } catch (IOException e) {
      // the client hung up
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One request's body, or null when the connection ended first. */
  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    int length = 0;
    for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    byte[] body = in.readNBytes(length);
    return body.length < length ? null : new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    threads.shutdownNow();
  }
}
