package io.github.goloswitness.monitor.observe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What this monitor tells the witness's other monitors on {@code GET /peer} (rule 9's second
 * opinion), as of its last poll, whether that poll read the chain or not: its view of its own node
 * and of the other nodes, and how old that view is. Public keys and block numbers only, never a
 * secret. The JSON shape is one object:
 *
 * <pre>{"witness":"w","signingKey":"GLS…","priority":1,"headBlock":123,"headAgeSeconds":2,
 * "synced":true,"nodeUp":true,"producing":false,"peersDown":["GLS…"],
 * "observedAt":"2026-01-01T00:00:03Z","ageSeconds":1,"signingKeyVerified":true}</pre>
 *
 * @param witness the witness account
 * @param signingKey this server's signing key ({@code witness_pubkey})
 * @param priority this server's priority
 * @param headBlock the head block of the last poll that read the chain (0 before any)
 * @param headAgeSeconds how far the local node's head was behind at the last poll, in seconds
 *     (against the network's newest head; -1 when the local node did not answer)
 * @param synced whether the local node kept up with the quorum at the last poll
 * @param nodeUp the last poll read the local node, synced, its head at most {@code max_head_lag}
 *     blocks behind; false when that poll read nothing
 * @param producing at the last poll this server's key was on chain, the chain showed no miss since
 *     its last block, and the local node did not refuse the connection (a dead golosd); false when
 *     that poll could not read the chain
 * @param peersDown signing keys of the peers whose node this monitor could not read, or read stale
 * @param observedAt when the last poll ended, by this monitor's clock
 * @param ageSeconds how long ago that was when this status was served, by the same clock (so a
 *     reader needs no synced clock to tell a stuck monitor from a live one)
 * @param signingKeyVerified this server's {@code signing_key_files} hold the private key of {@code
 *     signingKey} (checked at start, the daemon refuses a mismatch); false when none are configured
 *     (unknown). {@code handover} asks it before switching to this server.
 */
public record PeerStatus(String witness, String signingKey, int priority, long headBlock, long headAgeSeconds,
    boolean synced, boolean nodeUp, boolean producing, List<String> peersDown, Instant observedAt, long ageSeconds,
    boolean signingKeyVerified) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public PeerStatus {
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(signingKey, "signingKey");
    peersDown = List.copyOf(peersDown);
    Objects.requireNonNull(observedAt, "observedAt");
    if (ageSeconds < 0) {
      throw new IllegalArgumentException("ageSeconds < 0: " + ageSeconds);
    }
  }

  /** This status as served at {@code now}: its age is the time since {@link #observedAt()}. */
  public PeerStatus servedAt(Instant now) {
    long age = Math.max(0, Duration.between(observedAt, now).toSeconds());
    return new PeerStatus(witness, signingKey, priority, headBlock, headAgeSeconds, synced, nodeUp, producing,
        peersDown, observedAt, age, signingKeyVerified);
  }

  /** The JSON body served on {@code /peer}. */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("witness", witness);
    m.put("signingKey", signingKey);
    m.put("priority", priority);
    m.put("headBlock", headBlock);
    m.put("headAgeSeconds", headAgeSeconds);
    m.put("synced", synced);
    m.put("nodeUp", nodeUp);
    m.put("producing", producing);
    m.put("peersDown", peersDown);
    m.put("observedAt", observedAt.toString());
    m.put("ageSeconds", ageSeconds);
    m.put("signingKeyVerified", signingKeyVerified);
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a map of plain values as JSON", e);
    }
  }

  /**
   * Reads {@link #toJson()}'s form.
   *
   * @throws IllegalArgumentException naming the field that is missing or of the wrong type
   */
  public static PeerStatus parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode down = field(root, "peersDown");
    if (!down.isArray()) {
      throw new IllegalArgumentException("peersDown: not a list");
    }
    List<String> keys = new ArrayList<>();
    for (JsonNode k : down) {
      if (!k.isTextual()) {
        throw new IllegalArgumentException("peersDown: not a list of keys");
      }
      keys.add(k.asText());
    }
    long priority = number(root, "priority");
    if (priority < 0 || priority > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("priority: out of range " + priority);
    }
    long headBlock = number(root, "headBlock");
    if (headBlock < 0) {
      throw new IllegalArgumentException("headBlock: < 0: " + headBlock);
    }
    long age = number(root, "ageSeconds");
    if (age < 0) {
      throw new IllegalArgumentException("ageSeconds: < 0: " + age);
    }
    Instant observedAt;
    try {
      observedAt = Instant.parse(text(root, "observedAt"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("observedAt: not an ISO-8601 instant", e);
    }
    return new PeerStatus(text(root, "witness"), text(root, "signingKey"), (int) priority, headBlock,
        number(root, "headAgeSeconds"), bool(root, "synced"), bool(root, "nodeUp"), bool(root, "producing"), keys,
        observedAt, age, bool(root, "signingKeyVerified"));
  }

  private static JsonNode field(JsonNode root, String name) {
    JsonNode v = root.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(name + ": missing");
    }
    return v;
  }

  private static String text(JsonNode root, String name) {
    JsonNode v = field(root, name);
    if (!v.isTextual()) {
      throw new IllegalArgumentException(name + ": not a string");
    }
    return v.asText();
  }

  private static long number(JsonNode root, String name) {
    JsonNode v = field(root, name);
    if (!v.isIntegralNumber()) {
      throw new IllegalArgumentException(name + ": not an integer");
    }
    return v.asLong();
  }

  private static boolean bool(JsonNode root, String name) {
    JsonNode v = field(root, name);
    if (!v.isBoolean()) {
      throw new IllegalArgumentException(name + ": not a boolean");
    }
    return v.asBoolean();
  }
}
