package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code POST /control/<action>?name=value…} on 127.0.0.1 for driving a running demo from outside
 * (e.g. curl): each action is one {@link SimNetwork} control call. Replies {@code {"ok":true}} or
 * HTTP 400 {@code {"error":"…"}}; {@code GET /control/state} gives a summary.
 */
final class ControlServer {

  private final SimNetwork net;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "sim-control");
    t.setDaemon(true);
    return t;
  });

  ControlServer(SimNetwork net) throws IOException {
    this.net = net;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/control/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/control/");
  }

  void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String action = exchange.getRequestURI().getPath().substring("/control/".length());
      Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
      ObjectNode reply = JsonNodeFactory.instance.objectNode();
      int status = 200;
      try {
        if (action.equals("state")) {
          state(reply);
        } else if (!exchange.getRequestMethod().equals("POST")) {
          throw new IllegalArgumentException("use POST for /control/" + action);
        } else {
          act(action, q);
          reply.put("ok", true);
        }
      } catch (IllegalArgumentException | IllegalStateException | IOException e) {
        status = 400;
        reply.put("error", String.valueOf(e.getMessage()));
      }
      byte[] body = reply.toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void act(String action, Map<String, String> q) throws IOException {
    switch (action) {
      case "crash" -> net.crash(number(q, "node"));
      case "restart" -> net.restart(number(q, "node"));
      case "stall" -> net.stall(Boolean.parseBoolean(text(q, "on")));
      case "lag" -> net.lag(number(q, "node"), number(q, "blocks"));
      case "slow" -> net.slow(number(q, "node"), Duration.ofMillis(number(q, "ms")));
      case "fail" -> {
        String fault = text(q, "fault");
        if (fault.equals("NONE")) {
          net.clearReplyFaults(number(q, "node"));
        } else {
          net.failReplies(number(q, "node"), ReplyFault.valueOf(fault));
        }
      }
      case "partition" -> net.partition(text(q, "client"), Arrays.stream(text(q, "nodes").split(","))
          .filter(n -> !n.isBlank()).mapToInt(n -> number(Map.of("nodes", n.trim()), "nodes")).toArray());
      case "reject" -> net.rejectBroadcasts(number(q, "node"), text(q, "error"));
      case "drop" -> net.dropBroadcasts(number(q, "node"));
      case "accept" -> net.acceptBroadcasts(number(q, "node"));
      case "delay" -> net.delayInclusion(number(q, "blocks"));
      case "version" -> net.version(number(q, "node"), text(q, "version"));
      case "advance" -> net.advanceSlots(number(q, "slots"));
      default -> throw new IllegalArgumentException("unknown action: " + action);
    }
  }

  private void state(ObjectNode reply) {
    reply.put("witness", net.witness());
    reply.put("head_block_number", net.headBlockNumber());
    reply.put("time", Shapes.time(net.now()));
    reply.put("signing_key", net.onChainSigningKey().toString());
    net.signingNode().ifPresent(n -> reply.put("signing_node", n));
    reply.put("total_missed", net.totalMissed());
    reply.put("participation_count", net.participationCount());
    var nodes = reply.putArray("nodes");
    for (int i = 0; i < net.nodeCount(); i++) {
      nodes.addObject().put("node", i).put("uri", net.uri(i).toString()).put("up", net.isUp(i));
    }
  }

  private static int number(Map<String, String> q, String name) {
    String value = text(q, name);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not an integer: " + value);
    }
  }

  private static String text(Map<String, String> q, String name) {
    String value = q.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing query parameter " + name);
    }
    return value;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
