package io.github.goloswitness.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A price API on loopback for the daemons' {@code feed:} sections: {@code GET /price/NAME} answers
 * {@code {"price": X}} (GBG per GOLOS) with the price set for NAME. Each server of the witness
 * reads its own path with its own price, so the feed on chain tells which server published.
 */
final class FakePriceSource implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> prices = new ConcurrentHashMap<>();

  FakePriceSource(int port) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("fake price source: cannot listen on 127.0.0.1:" + port, e);
    }
    server.createContext("/price/", exchange -> {
      String name = exchange.getRequestURI().getPath().substring("/price/".length());
      String price = prices.get(name);
      byte[] body = (price == null ? "{\"error\":\"no price for " + name + "\"}" : "{\"price\":" + price + "}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(price == null ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  /** Sets NAME's price, a decimal number of GBG per GOLOS. */
  void set(String name, String price) {
    prices.put(name, price);
  }

  URI url(String name) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/price/" + name);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
