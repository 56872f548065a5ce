package io.github.goloswitness.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/** Test endpoints that are not fakes. */
final class Nodes {

  /** An http URI on 127.0.0.1 where nothing listens (connection refused). */
  static URI down() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
    }
  }

  private Nodes() {}
}
