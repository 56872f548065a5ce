# syntax=docker/dockerfile:1
# witness-monitor: keeps a Golos witness producing blocks when one of its servers dies.
#
#   docker build -t witness-monitor .
#   docker run --rm -v "$PWD/config:/config:ro" -v witness-monitor-state:/data \
#     --env-file witness-monitor.env witness-monitor
#
# The mounted config and key files must be readable by the image's user, uid 10001 (keys: mode 600):
#   chown -R 10001:10001 config && chmod 700 config && chmod 600 config/*     (docs/install.md)
# Tests are run by CI (mvn -B -ntp verify), not in the image build. DockerfileBuildTest builds with
# exactly the files this stage copies, by its own RUN command, so a missing COPY fails CI.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Every module the root pom lists needs its pom.xml, even those the jar does not need.
COPY pom.xml ./
COPY golos-crypto/pom.xml golos-crypto/
COPY golos-client/pom.xml golos-client/
COPY witness-failover-core/pom.xml witness-failover-core/
COPY golos-testkit/pom.xml golos-testkit/
COPY witness-monitor-app/pom.xml witness-monitor-app/
COPY module-path-consumer/pom.xml module-path-consumer/
COPY benchmarks/pom.xml benchmarks/
COPY golos-crypto/src golos-crypto/src
COPY golos-client/src golos-client/src
COPY witness-failover-core/src witness-failover-core/src
COPY golos-testkit/src golos-testkit/src
COPY witness-monitor-app/src witness-monitor-app/src
COPY packaging/witness-monitor packaging/
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -q -pl witness-monitor-app -am package -DskipTests

FROM eclipse-temurin:17-jre
# A fixed, unprivileged uid so mounted state/config permissions are predictable (chown 10001 ...).
RUN groupadd --system --gid 10001 monitor \
 && useradd --system --uid 10001 --gid monitor --home-dir /data --shell /usr/sbin/nologin monitor \
 && mkdir -p /data /config \
 && chown monitor:monitor /data
# The launcher sets the JVM's memory and GC options (one place for the unit, the image and the
# footprint benchmark; docs/performance.md). JAVA_OPTS adds to them.
COPY --from=build /src/packaging/witness-monitor /app/bin/witness-monitor
COPY --from=build /src/witness-monitor-app/target/witness-monitor.jar /app/lib/witness-monitor.jar
# The state file defaults to ./witness-monitor.state: keep it on a volume so restarts remember switches.
WORKDIR /data
VOLUME ["/data"]
USER 10001:10001
ENTRYPOINT ["/app/bin/witness-monitor"]
CMD ["run", "--config", "/config/witness_monitor.yml"]
