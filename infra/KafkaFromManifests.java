import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Creates the Kafka topics declared as Strimzi {@code KafkaTopic} resources, and the users and ACLs
 * declared as {@code KafkaUser} resources (multi-document YAML: deploy/base/kafka/topics.yaml and
 * users.yaml), on a local single-node broker, as the broker's admin user (SASL/SCRAM).
 *
 * <p>Users get the SCRAM-SHA-512 password {@code <user>-local-secret} (a local broker on 127.0.0.1
 * only; in Kubernetes the Strimzi user operator makes real ones). Their ACLs are those of the
 * manifest, once per {@code --prefix}: topic names (literal and prefixed patterns) get the prefix,
 * group names do not. Existing users and ACLs are left alone.
 *
 * <p>Partitions and {@code spec.config} come from the manifests; the replication factor and
 * {@code min.insync.replicas} are lowered (1 by default) because a local broker has one node.
 * Topics that already exist are left alone. Documents of another kind (e.g. a kustomization)
 * are skipped.
 *
 * <p>Run with the JDK source launcher and the Kafka broker classpath (kafka-clients + SnakeYAML):
 * <pre>
 * java -cp "$(cat .onestop/kafka.classpath)" infra/KafkaFromManifests.java \
 *     --bootstrap 127.0.0.1:9092 [--prefix intake-test.]... [--dry-run] deploy/base/kafka/*.yaml
 * </pre>
 * {@code --prefix} may be repeated (one set of topics per prefix); without it the names are used
 * as they are. A directory argument means every *.yaml / *.yml file in it.
 */
public final class KafkaFromManifests {

    record TopicSpec(String name, Optional<Integer> partitions, Map<String, String> config, Path source) {}

    record UserSpec(String name, List<AclBinding> acls) {}

    record Document(Object content, Path file) {}

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("KafkaFromManifests: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("KafkaFromManifests: " + e);
            System.exit(1);
        }
    }

    static final String USAGE = """
            usage: java -cp KAFKA_CLASSPATH infra/KafkaFromManifests.java --bootstrap HOST:PORT \
            [--sasl-user ADMIN --sasl-password PASSWORD] [--prefix PREFIX]... [--replication-factor 1] [--min-insync-replicas 1] \
            [--timeout-seconds 60] [--dry-run] MANIFEST_FILE_OR_DIR...""";

    static int run(String[] args) throws Exception {
        String bootstrap = null;
        List<String> prefixes = new ArrayList<>();
        short replicationFactor = 1;
        int minIsr = 1;
        int timeoutSeconds = 60;
        boolean dryRun = false;
        List<Path> inputs = new ArrayList<>();
        String saslUser = null;
        String saslPassword = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--bootstrap" -> bootstrap = value(args, ++i, a);
                case "--prefix" -> prefixes.add(value(args, ++i, a));
                case "--sasl-user" -> saslUser = value(args, ++i, a);
                case "--sasl-password" -> saslPassword = value(args, ++i, a);
                case "--replication-factor" -> replicationFactor = Short.parseShort(value(args, ++i, a));
                case "--min-insync-replicas" -> minIsr = Integer.parseInt(value(args, ++i, a));
                case "--timeout-seconds" -> timeoutSeconds = Integer.parseInt(value(args, ++i, a));
                case "--dry-run" -> dryRun = true;
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(Path.of(a));
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no manifest file given");
        }
        if (bootstrap == null && !dryRun) {
            throw new IllegalArgumentException("--bootstrap is required");
        }
        if (prefixes.isEmpty()) {
            prefixes.add("");
        }

        List<TopicSpec> specs = new ArrayList<>();
        List<Map<String, Object>> userDocuments = new ArrayList<>();
        for (Document doc : readManifests(inputs)) {
            if (doc.content() instanceof Map<?, ?> map && "KafkaUser".equals(map.get("kind"))) {
                userDocuments.add(asMap(map));
            } else {
                toSpec(doc.content(), doc.file()).ifPresent(specs::add);
            }
        }
        if (specs.isEmpty()) {
            throw new IllegalStateException("no KafkaTopic found in " + inputs);
        }
        Map<String, NewTopic> wanted = new TreeMap<>();
        for (String prefix : prefixes) {
            for (TopicSpec spec : specs) {
                String name = prefix + spec.name();
                Map<String, String> config = new LinkedHashMap<>(spec.config());
                config.put("min.insync.replicas", Integer.toString(minIsr));
                NewTopic topic = new NewTopic(name, spec.partitions(), Optional.of(replicationFactor)).configs(config);
                if (wanted.put(name, topic) != null) {
                    throw new IllegalStateException("topic " + name + " is declared twice (" + spec.source() + ")");
                }
            }
        }
        List<UserSpec> users = new ArrayList<>();
        for (Map<String, Object> doc : userDocuments) {
            users.add(toUser(doc, prefixes));
        }
        if (dryRun) {
            wanted.values().forEach(t -> System.out.println("would create " + describe(t)));
            users.forEach(u -> u.acls().forEach(b -> System.out.println("would allow " + b)));
            return 0;
        }
        Properties props = adminProperties(bootstrap, saslUser, saslPassword, timeoutSeconds);
        int rc = createMissing(props, bootstrap, wanted, timeoutSeconds);
        if (rc == 0 && !users.isEmpty()) {
            rc = createUsers(props, users, timeoutSeconds);
        }
        return rc;
    }

    static Properties adminProperties(String bootstrap, String user, String password, int timeoutSeconds) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "onestop-kafka-setup");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TimeUnit.SECONDS.toMillis(timeoutSeconds));
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        if (user != null) {
            props.put("security.protocol", "SASL_PLAINTEXT");
            props.put("sasl.mechanism", "SCRAM-SHA-512");
            props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + user + "\" password=\"" + password + "\";");
        }
        return props;
    }

    /** A KafkaUser's ACLs as bindings, once per prefix (topics prefixed, groups as they are). */
    @SuppressWarnings("unchecked")
    static UserSpec toUser(Map<String, Object> doc, List<String> prefixes) {
        String name = String.valueOf(asMap(doc.get("metadata")).get("name"));
        Map<String, Object> authorization = asMap(asMap(doc.get("spec")).get("authorization"));
        List<AclBinding> bindings = new ArrayList<>();
        Object acls = authorization.get("acls");
        for (Object raw : acls instanceof List<?> list ? list : List.of()) {
            Map<String, Object> acl = asMap(raw);
            Map<String, Object> resource = asMap(acl.get("resource"));
            ResourceType type = ResourceType.fromString(String.valueOf(resource.get("type")).toUpperCase());
            PatternType pattern = "prefix".equals(resource.get("patternType")) ? PatternType.PREFIXED : PatternType.LITERAL;
            for (String prefix : prefixes) {
                String resourceName = (type == ResourceType.TOPIC ? prefix : "") + resource.get("name");
                for (Object operation : (List<Object>) acl.get("operations")) {
                    AclOperation op = AclOperation.fromString(operation.toString()
                            .replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
                    if (op == AclOperation.UNKNOWN) {
                        throw new IllegalStateException(name + ": unknown operation " + operation);
                    }
                    bindings.add(new AclBinding(new ResourcePattern(type, resourceName, pattern),
                            new AccessControlEntry("User:" + name, "*", op, AclPermissionType.ALLOW)));
                }
            }
        }
        return new UserSpec(name, bindings);
    }

    static int createUsers(Properties props, List<UserSpec> users, int timeoutSeconds) throws Exception {
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = new HashSet<>(admin.describeUserScramCredentials().users()
                    .get(timeoutSeconds, TimeUnit.SECONDS));
            List<UserScramCredentialAlteration> upserts = new ArrayList<>();
            for (UserSpec user : users) {
                if (!existing.contains(user.name())) {
                    upserts.add(new UserScramCredentialUpsertion(user.name(),
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), user.name() + "-local-secret"));
                }
            }
            if (!upserts.isEmpty()) {
                admin.alterUserScramCredentials(upserts).all().get(timeoutSeconds, TimeUnit.SECONDS);
            }
            List<AclBinding> bindings = users.stream().flatMap(u -> u.acls().stream()).distinct().toList();
            admin.createAcls(bindings).all().get(timeoutSeconds, TimeUnit.SECONDS);
            System.out.printf("users: %d created, %d already existed; %d ACL entries%n",
                    upserts.size(), users.size() - upserts.size(), bindings.size());
            return 0;
        }
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static List<Document> readManifests(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IOException("no such manifest file or directory: " + input);
            }
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (Object doc : yaml.loadAll(r)) {
                    if (doc != null) {
                        documents.add(new Document(doc, file));
                    }
                }
            }
        }
        return documents;
    }

    static Optional<TopicSpec> toSpec(Object doc, Path file) {
        if (!(doc instanceof Map<?, ?> map) || !"KafkaTopic".equals(map.get("kind"))) {
            return Optional.empty();
        }
        Map<String, Object> metadata = asMap(map.get("metadata"));
        Map<String, Object> spec = asMap(map.get("spec"));
        Object name = spec.get("topicName") != null ? spec.get("topicName") : metadata.get("name");
        if (name == null) {
            throw new IllegalStateException(file + ": a KafkaTopic has neither spec.topicName nor metadata.name");
        }
        Optional<Integer> partitions = Optional.ofNullable(spec.get("partitions"))
                .map(p -> Integer.parseInt(p.toString()));
        Map<String, String> config = new LinkedHashMap<>();
        Object rawConfig = spec.get("config");
        if (rawConfig instanceof Map<?, ?> cfg) {
            cfg.forEach((k, v) -> config.put(k.toString(), v == null ? null : v.toString()));
        }
        return Optional.of(new TopicSpec(name.toString(), partitions, config, file));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static int createMissing(Properties props, String bootstrap, Map<String, NewTopic> wanted, int timeoutSeconds)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
                    .get(timeoutSeconds, TimeUnit.SECONDS);
            List<NewTopic> toCreate = new ArrayList<>();
            int already = 0;
            for (NewTopic t : wanted.values()) {
                if (existing.contains(t.name())) {
                    already++;
                } else {
                    toCreate.add(t);
                }
            }
            int created = 0;
            int failed = 0;
            if (!toCreate.isEmpty()) {
                var result = admin.createTopics(toCreate, new CreateTopicsOptions().timeoutMs(timeoutSeconds * 1000));
                for (NewTopic t : toCreate) {
                    try {
                        result.values().get(t.name()).get(timeoutSeconds, TimeUnit.SECONDS);
                        System.out.println("created " + describe(t));
                        created++;
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof TopicExistsException) {
                            already++;
                        } else {
                            System.err.println("FAILED to create " + t.name() + ": " + e.getCause());
                            failed++;
                        }
                    } catch (java.util.concurrent.TimeoutException e) {
                        System.err.println("FAILED to create " + t.name() + ": timed out");
                        failed++;
                    }
                }
            }
            System.out.printf("topics: %d created, %d already existed, %d failed (bootstrap %s)%n",
                    created, already, failed, bootstrap);
            return failed == 0 ? 0 : 1;
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("KafkaFromManifests: no answer from Kafka at " + bootstrap + " within "
                    + timeoutSeconds + " s");
            return 1;
        }
    }

    static String describe(NewTopic t) {
        return t.name() + " (partitions=" + (t.numPartitions() < 0 ? "broker default" : t.numPartitions())
                + ", replicas=" + t.replicationFactor() + ", config=" + t.configs() + ")";
    }
}
