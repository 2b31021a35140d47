package vn.onestop.bench;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SaslConfigs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lag of the platform's consumers: for each consumer group that has members (a service's
 * consumers; a group left behind by a finished demo or an earlier run has none and is skipped) and
 * is not the benchmark's own, the records of its topics (those starting with the prefix) that it
 * has not committed yet. The services do not measure it themselves (docs/reliability.md, "Metrics").
 */
final class ConsumerLag implements AutoCloseable {

    /** Consumer groups of the benchmark's own clients contain this, and are not counted. */
    static final String OWN_GROUP_MARK = "bench-";

    private final Admin admin;
    private final String topicPrefix;

    ConsumerLag(Map<String, Object> adminConfig, String topicPrefix) {
        this.admin = Admin.create(adminConfig);
        this.topicPrefix = topicPrefix;
    }

    /** A client of the broker as {@code user} over SASL/SCRAM (every local Kafka user's mechanism). */
    static Map<String, Object> scramClient(String bootstrap, String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"" + user + "\" password=\"" + password + "\";");
        return config;
    }

    /** Lag per consumer group now (records); null when the broker does not answer within a few seconds. */
    Map<String, Long> byGroup() {
        Map<String, Long> lag = new TreeMap<>();
        try {
            List<String> groups = admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).filter(g -> !g.contains(OWN_GROUP_MARK)).toList();
            if (groups.isEmpty()) {
                return lag;
            }
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all()
                    .get(5, TimeUnit.SECONDS);
            for (String group : groups) {
                if (described.get(group).members().isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> wanted = committed.keySet().stream()
                        .filter(tp -> tp.topic().startsWith(topicPrefix))
                        .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
                if (wanted.isEmpty()) {
                    lag.put(group, 0L);
                    continue;
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(wanted).all()
                        .get(5, TimeUnit.SECONDS);
                long behind = 0;
                for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    behind += Math.max(0, end.getValue().offset() - (at == null ? 0 : at.offset()));
                }
                lag.put(group, behind);
            }
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close();
    }
}
