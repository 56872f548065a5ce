# syntax=docker/dockerfile:1
# witness-monitor: keeps a Golos witness producing blocks when one of its servers dies.
#
#   docker build -t witness-monitor .
#   docker run --rm -v "$PWD/config:/config:ro" -v witness-monitor-state:/data \
#     --env-file witness-monitor.env witness-monitor
#
# Tests are run by CI (mvn -B -ntp verify), not in the image build.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY golos-crypto/pom.xml golos-crypto/
COPY golos-client/pom.xml golos-client/
COPY witness-failover-core/pom.xml witness-failover-core/
COPY golos-testkit/pom.xml golos-testkit/
COPY witness-monitor-app/pom.xml witness-monitor-app/
COPY benchmarks/pom.xml benchmarks/
COPY golos-crypto/src golos-crypto/src
COPY golos-client/src golos-client/src
COPY witness-failover-core/src witness-failover-core/src
COPY golos-testkit/src golos-testkit/src
COPY witness-monitor-app/src witness-monitor-app/src
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -ntp -q -pl witness-monitor-app -am package -DskipTests \
 && cp witness-monitor-app/target/witness-monitor.jar /witness-monitor.jar

FROM eclipse-temurin:17-jre
# A fixed, unprivileged uid so mounted state/config permissions are predictable (chown 10001 ...).
RUN groupadd --system --gid 10001 monitor \
 && useradd --system --uid 10001 --gid monitor --home-dir /data --shell /usr/sbin/nologin monitor \
 && mkdir -p /data /config \
 && chown monitor:monitor /data
COPY --from=build /witness-monitor.jar /app/witness-monitor.jar
# The state file defaults to ./witness-monitor.state: keep it on a volume so restarts remember switches.
WORKDIR /data
VOLUME ["/data"]
# Small heap, serial GC and C1 only: the daemon is I/O bound and tiny (see packaging/witness-monitor.service).
# ExitOnOutOfMemoryError: better a restart by Docker than a half-working failover daemon.
ENV JDK_JAVA_OPTIONS="-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
USER 10001:10001
ENTRYPOINT ["java", "-jar", "/app/witness-monitor.jar"]
CMD ["run", "--config", "/config/witness_monitor.yml"]
