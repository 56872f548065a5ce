package io.github.goloswitness.monitor.observe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What this monitor tells the witness's other monitors on {@code GET /peer} (rule 9's second
 * opinion), as of its last poll: its view of its own node and of the other nodes. Public keys and
 * block numbers only, never a secret. The JSON shape is one object:
 *
 * <pre>{"witness":"w","signingKey":"GLS…","priority":1,"headBlock":123,"headAgeSeconds":2,
 * "synced":true,"nodeUp":true,"producing":false,"peersDown":["GLS…"]}</pre>
 *
 * @param witness the witness account
 * @param signingKey this server's signing key ({@code witness_pubkey})
 * @param priority this server's priority
 * @param headBlock the head block of the last poll
 * @param headAgeSeconds how old the local node's head was at the last poll, in seconds
 * @param synced whether the local node kept up with the quorum at the last poll
 * @param nodeUp the local node answered, is synced and its head is at most {@code max_head_lag}
 *     blocks old
 * @param producing this server's key is on chain, the chain shows no miss since its last block,
 *     and the local node did not refuse the connection (a dead golosd)
 * @param peersDown signing keys of the peers whose node this monitor could not read, or read stale
 */
public record PeerStatus(String witness, String signingKey, int priority, long headBlock, long headAgeSeconds,
    boolean synced, boolean nodeUp, boolean producing, List<String> peersDown) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public PeerStatus {
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(signingKey, "signingKey");
    peersDown = List.copyOf(peersDown);
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
    return new PeerStatus(text(root, "witness"), text(root, "signingKey"), (int) priority, headBlock,
        number(root, "headAgeSeconds"), bool(root, "synced"), bool(root, "nodeUp"), bool(root, "producing"), keys);
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
