package io.github.goloswitness.client;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal RFC 6455 server for tests (the JDK has none): HTTP upgrade with Sec-WebSocket-Accept,
 * masked client text frames in, unmasked text frames out, close and ping handled. Each text
 * message is answered by {@link FakeGolosd#answer}; one thread per connection.
 */
final class FakeWebSocketServer implements AutoCloseable {

  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

  private final FakeGolosd node;
  private final ServerSocket server;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();

  FakeWebSocketServer(FakeGolosd node) throws IOException {
    this.node = node;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "fake-ws-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI uri() {
    return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/");
  }

  /** Drops every open connection without a close frame. */
  void dropConnections() throws IOException {
    for (Socket s : connections) {
      s.close();
    }
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        connections.add(s);
        Thread t = new Thread(() -> serve(s), "fake-ws-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(s.getInputStream()));
      OutputStream out = new java.io.BufferedOutputStream(s.getOutputStream()); // one write per frame
      handshake(in, out);
      ByteArrayOutputStream message = new ByteArrayOutputStream();
      while (true) {
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        long len = b1 & 0x7F;
        if (len == 126) {
          len = in.readUnsignedShort();
        } else if (len == 127) {
          len = in.readLong();
        }
        byte[] mask = new byte[4];
        if ((b1 & 0x80) != 0) {
          in.readFully(mask);
        }
        byte[] payload = new byte[(int) len];
        in.readFully(payload);
        for (int i = 0; i < payload.length; i++) {
          payload[i] ^= mask[i % 4];
        }
        int opcode = b0 & 0x0F;
        if (opcode == 8) { // close: echo it and stop
          frame(out, 0x88, payload);
          return;
        } else if (opcode == 9) { // ping
          frame(out, 0x8A, payload);
        } else if (opcode == 1 || opcode == 0) {
          message.write(payload);
          if ((b0 & 0x80) != 0) {
            String text = message.toString(StandardCharsets.UTF_8);
            message.reset();
            FakeGolosd.Reply reply = node.answer(text);
            frame(out, 0x81, reply.body().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException | InterruptedException e) {
      // connection closed
    }
  }

  private static void handshake(InputStream in, OutputStream out) throws IOException {
    String key = null;
    for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-key:")) {
        key = line.substring(line.indexOf(':') + 1).trim();
      }
    }
    if (key == null) {
      throw new IOException("no Sec-WebSocket-Key");
    }
    String accept;
    try {
      accept = Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("eof in handshake");
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  private static synchronized void frame(OutputStream out, int b0, byte[] payload) throws IOException {
    out.write(b0);
    if (payload.length < 126) {
      out.write(payload.length);
    } else if (payload.length <= 0xFFFF) {
      out.write(126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xFF);
    } else {
      out.write(127);
      for (int i = 7; i >= 0; i--) {
        out.write((int) ((long) payload.length >>> (8 * i)) & 0xFF);
      }
    }
    out.write(payload);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    dropConnections();
  }
}
