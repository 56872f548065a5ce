package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.PeerHealth;
import io.github.goloswitness.failover.PeerMonitor;
import io.github.goloswitness.failover.PeerReport;
import io.github.goloswitness.monitor.observe.Health;
import io.github.goloswitness.monitor.observe.MetricsServer;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import io.github.goloswitness.monitor.observe.PeerStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 9's reads: peers' nodes and monitors, concurrently under one deadline. */
class PollerPeersTest {
  private static final String KEY_B = "GLS5Sq2cLAuJM1drpPx4DQ4CVtvHG8zrPmhnfmoBNxsuvjedVTdX4";
  private static final String KEY_C = "GLS6o5r8JyfcxRVPVTxW4pVv8E9RVMPrZFGCaVkUChGuD1xDE5dXB";

  FakeChain chain;
  GolosClient all;
  final List<GolosClient> clients = new ArrayList<>();
  final List<HttpServer> hung = new ArrayList<>();
  final List<AutoCloseable> servers = new ArrayList<>();
  final CountDownLatch release = new CountDownLatch(1);
  TickReads reads;

  @BeforeEach
  void start() throws IOException {
    chain = new FakeChain(MonitorTest.KEY_A, MonitorTest.ACTIVE.publicKey().toString());
    all = client(chain.node().uri(), Duration.ofSeconds(5));
    reads = new TickReads(Duration.ofSeconds(10)); // a generous deadline: the test machine may be loaded
  }

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    hung.forEach(s -> s.stop(0));
    for (AutoCloseable s : servers) {
      s.close();
    }
    clients.forEach(GolosClient::close);
    reads.close();
    chain.close();
  }

  private GolosClient client(URI uri, Duration timeout) {
    GolosClient c = GolosClient.builder(List.of(uri)).timeout(timeout).maxRetries(0).build();
    clients.add(c);
    return c;
  }

  /** A server that accepts every request and answers none until the test ends. */
  private URI hungServer() throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    s.createContext("/", ex -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
    });
    s.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    s.start();
    hung.add(s);
    return URI.create("http://127.0.0.1:" + s.getAddress().getPort() + "/");
  }

  private URI monitorServing(AtomicReference<Optional<PeerStatus>> status) throws IOException {
    MetricsServer s = MetricsServer.start(new InetSocketAddress("127.0.0.1", 0), MonitorMetrics.create(),
        () -> Health.up(Map.of()), status::get);
    servers.add(s);
    return URI.create("http://127.0.0.1:" + s.address().getPort());
  }

  private static final java.time.Instant AT = java.time.Instant.parse("2026-01-01T00:00:00Z");

  private Poller poller(List<PeerLinks.Link> links) {
    return new Poller(all, all, 1, FakeChain.WITNESS, 3,
        new PeerLinks(links, FakeChain.WITNESS, new PeerMonitorReader(Duration.ofSeconds(30)),
            PeerLinks.maxReportAge(Duration.ofSeconds(3), Duration.ofSeconds(2))), reads, chain.clock());
  }

  @Test
  void deadPeersThatTimeOutDoNotDelayThePoll() throws Exception {
    // Four peers whose node and monitor accept connections and never answer, with a 30 s client
    // timeout: read one after another they would hold the poll for 4 minutes.
    List<PeerLinks.Link> links = new ArrayList<>();
    for (String key : List.of(KEY_B, KEY_C, "GLS_D", "GLS_E")) {
      links.add(new PeerLinks.Link(key, client(hungServer(), Duration.ofSeconds(30)), Optional.of(hungServer())));
    }
    reads.close();
    reads = new TickReads(Duration.ofSeconds(3));
    Poller poller = poller(links);

    Poll poll = assertTimeoutPreemptively(Duration.ofSeconds(60), poller::poll);

    Observation seen = poll.observation().orElseThrow();
    assertThat(seen.peers()).hasSize(4).allSatisfy(p -> {
      assertThat(p.reachable()).isFalse();
      assertThat(p.monitor()).isEqualTo(PeerMonitor.UNREACHABLE);
    });
    assertThat(seen.local().synced()).isTrue();
    assertThat(poll.problems()).hasSize(4).allSatisfy(p -> assertThat(p).contains("did not answer (no answer within"));
  }

  @Test
  void aPeersMonitorReportArrivesInTheObservation() throws Exception {
    AtomicReference<Optional<PeerStatus>> status = new AtomicReference<>(Optional.of(
        new PeerStatus(FakeChain.WITNESS, KEY_B, 1, 1000, 1, true, true, false, List.of(MonitorTest.KEY_A), AT, 3, true)));
    URI monitor = monitorServing(status);
    Poller poller = poller(List.of(new PeerLinks.Link(KEY_B, client(chain.node().uri(), Duration.ofSeconds(5)),
        Optional.of(monitor))));

    PeerHealth b = poller.poll().observation().orElseThrow().peers().get(0);
    assertThat(b.reachable()).isTrue();
    assertThat(b.monitor()).isEqualTo(new PeerReport(1000, 1, true, false, Set.of(MonitorTest.KEY_A)));

    status.set(Optional.empty()); // before its first poll the monitor answers 503 "no poll yet"
    Poll poll = poller.poll();
    assertThat(poll.observation().orElseThrow().peers().get(0).monitor()).isEqualTo(PeerMonitor.UNREACHABLE);
    assertThat(poll.problems()).as("a peer monitor starting is no node problem (issue 18)").isEmpty();
  }

  @Test
  void aReportOlderThanTwoBlocksAndAPollHasNoSay() throws Exception {
    // Issue 18: a monitor whose loop is stuck kept serving "up, producing"; its age gives it away.
    AtomicReference<Optional<PeerStatus>> status = new AtomicReference<>(Optional.of(
        new PeerStatus(FakeChain.WITNESS, KEY_B, 1, 1000, 1, true, true, true, List.of(), AT, 9, true)));
    URI monitor = monitorServing(status);
    Poller poller = poller(List.of(new PeerLinks.Link(KEY_B, client(chain.node().uri(), Duration.ofSeconds(5)),
        Optional.of(monitor))));

    Poll poll = poller.poll();
    assertThat(poll.observation().orElseThrow().peers().get(0).monitor()).isEqualTo(PeerMonitor.STALE);
    assertThat(poll.problems()).singleElement().asString()
        .isEqualTo("peer monitor " + monitor + "/peer serves a poll 9 s old (> 8 s): its loop is stuck; ignored");

    status.set(Optional.of(status.get().orElseThrow().servedAt(AT.plusSeconds(8))));
    assertThat(poller.poll().observation().orElseThrow().peers().get(0).monitor()).isInstanceOf(PeerReport.class);
  }

  @Test
  void aMonitorSpeakingForAnotherServerIsIgnoredAndReported() throws Exception {
    AtomicReference<Optional<PeerStatus>> status = new AtomicReference<>(Optional.of(
        new PeerStatus(FakeChain.WITNESS, KEY_C, 2, 1000, 1, true, true, false, List.of(), AT, 0, false)));
    URI monitor = monitorServing(status);
    Poller poller = poller(List.of(new PeerLinks.Link(KEY_B, client(chain.node().uri(), Duration.ofSeconds(5)),
        Optional.of(monitor))));

    Poll poll = poller.poll();
    assertThat(poll.observation().orElseThrow().peers().get(0).monitor()).isEqualTo(PeerMonitor.UNREACHABLE);
    assertThat(poll.problems()).singleElement().asString().contains("speaks for witness " + FakeChain.WITNESS
        + " key " + KEY_C + ", not " + FakeChain.WITNESS + " key " + KEY_B);
  }

  @Test
  void aPeerWithoutMonitorIsJudgedFromItsNodeAlone() throws Exception {
    Poller poller = poller(List.of(new PeerLinks.Link(KEY_B, client(chain.node().uri(), Duration.ofSeconds(5)),
        Optional.empty())));
    PeerHealth b = poller.poll().observation().orElseThrow().peers().get(0);
    assertThat(b.reachable()).isTrue();
    assertThat(b.monitor()).isEqualTo(PeerMonitor.NOT_CONFIGURED);
  }

  @Test
  void aLocalNodeThatRefusesConnectionsIsNotRunning() throws IOException {
    FakeChain.Node local = chain.node();
    FakeChain.Node other = chain.node();
    GolosClient nodes = GolosClient.builder(List.of(local.uri(), other.uri())).timeout(Duration.ofSeconds(5))
        .maxRetries(0).build();
    clients.add(nodes);
    Poller poller = new Poller(nodes, nodes.only(local.uri()), 1, FakeChain.WITNESS, 3,
        PeerLinks.none(FakeChain.WITNESS), reads, chain.clock());
    assertThat(poller.poll().localRefused()).isFalse();

    local.stop();
    poller.poll(); // a kept-alive connection is lost first; the next one is refused
    Poll poll = poller.poll();
    assertThat(poll.observation()).isPresent();
    assertThat(poll.localRefused()).isTrue();
  }
}
