package io.github.goloswitness.consumer;

import com.sun.net.httpserver.HttpServer;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.AccountWitnessVote;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a transaction and reads a witness over real HTTP from a fake node on 127.0.0.1, all on the
 * module path. Exits with status 1 (and says what differed) if anything is not as expected; a
 * module-resolution failure makes the JVM exit non-zero before {@code main} runs.
 */
public final class ModulePathConsumer {

  private static final Pattern REQUEST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  private ModulePathConsumer() {}

  /**
   * Runs the checks.
   *
   * @param args ignored
   * @throws IOException if the fake node cannot start or the client call fails
   */
  public static void main(String[] args) throws IOException {
    signAndRecover();
    readWitnessOverHttp();
    System.out.println("module-path consumer: signed, recovered the signer, read a witness: OK");
  }

  private static void signAndRecover() {
    PrivateKey key = PrivateKey.generate(new SecureRandom());
    Transaction tx = new Transaction(1, 2L, TimePointSec.parse("2026-01-01T00:00:00"),
        List.of(new AccountWitnessVote("alice", "alpha-wit", true)));
    SignedTransaction signed = tx.sign(ChainId.GOLOS_MAINNET, key);
    List<PublicKey> signers = signed.signers(ChainId.GOLOS_MAINNET);
    check(signers.equals(List.of(key.publicKey())), "recovered signers " + signers);
  }

  private static void readWitnessOverHttp() throws IOException {
    String result;
    try (InputStream in = ModulePathConsumer.class.getResourceAsStream("get_witness_by_account.result.json")) {
      check(in != null, "resource get_witness_by_account.result.json missing");
      result = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Matcher id = REQUEST_ID.matcher(request);
      String reply = "{\"jsonrpc\":\"2.0\",\"id\":" + (id.find() ? id.group(1) : "0")
          + ",\"result\":" + result + "}";
      byte[] body = reply.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (GolosClient client = GolosClient.builder(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).maxRetries(0).build()) {
      Witness witness = client.getWitnessByAccount("alpha-wit").orElseThrow();
      check(witness.owner().equals("alpha-wit"), "owner " + witness.owner());
      check(witness.signingKey().equals(
          PublicKey.fromString("GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu")),
          "signing key " + witness.signingKey());
    } finally {
      server.stop(0);
    }
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("module-path consumer: unexpected " + what);
      System.exit(1);
    }
  }
}
