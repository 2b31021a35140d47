package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.cfg.TransactionState;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Issue 12, scenario 5: the birth bundle of the {@code chains} scenario as Flowable 7 processes
 * ({@code flowable/birth-bundle.bpmn20.xml}), on an engine embedded in this JVM, on the stack's
 * PostgreSQL in a scratch database of its own (ADR 0031). Driven by the same open loop: each
 * submission starts P1's process with the dossier's data and its uploads as process variables; the
 * officer's and the partners' steps are completed as soon as their tasks are created (learned from
 * the engine's TASK_CREATED after commit, as the chains scenario learns of TaskAssigned, with no
 * think time); measured per bundle from the submission's intended send time to the commit of its
 * third result. Nothing of it is part of a service.
 */
final class FlowableScenario implements Scenario {

    static final String DATABASE = "bench_flowable";
    static final String MODEL = "flowable/birth-bundle.bpmn20.xml";
    /** Threads that take submissions (as a service's HTTP workers would) and that complete tasks (the officers and partners). */
    static final int SUBMITTERS = 8;
    static final int WORKERS = 8;
    /** The async executor's threads (Flowable's default, 8) plus one connection for each submitter and worker. */
    static final int CONNECTIONS = 8 + SUBMITTERS + WORKERS;
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    /** The deciding step of each procedure and the result fields it fills (processing-service's workflows.json). */
    static final Map<String, List<String>> DECIDING_STEPS = Map.of(
            "P1_SIGN", List.of("birthCertificateNumber", "childPersonalId:PERSONAL_ID", "childFullName",
                    "childDateOfBirth:DATE", "registrationBookNumber"),
            "P2_APPROVE_UPDATE", List.of("personalId:PERSONAL_ID", "permanentAddress", "registeredOn:DATE"),
            "P3_ISSUE_CARD", List.of("healthInsuranceCardNumber", "validFrom:DATE", "registeredHealthFacility"));

    private record Bundle(long intendedNanos, AtomicInteger resultsOwed) {
    }

    private final Settings settings;
    private final double rate;
    private final String runId;
    private final String jdbcUrl;
    private final Map<String, Bundle> bundles = new ConcurrentHashMap<>();
    private final Histogram chainMicros = new ConcurrentHistogram(HIGHEST_MICROS, 3);
    private final AtomicLong bundlesAccepted = new AtomicLong();
    private final AtomicLong bundlesFinished = new AtomicLong();
    private final LongAdder tasksCompleted = new LongAdder();
    private final LongAdder resultsIssued = new LongAdder();
    private final Map<String, LongAdder> stepErrors = new ConcurrentHashMap<>();
    private final ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS, named("flowable-submit"));
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, named("flowable-worker"));
    private ProcessEngine engine;
    private Map<String, Object> uploads;

    FlowableScenario(Settings settings, double rate, String runId) {
        this.settings = settings;
        this.rate = rate;
        this.runId = runId;
        String server = settings.databaseUrl().substring(0, settings.databaseUrl().lastIndexOf('/') + 1);
        this.jdbcUrl = server + DATABASE;
    }

    @Override
    public String unit() {
        return "bundle";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("rate", rate);
        parameters.put("engine", "Flowable " + org.flowable.common.engine.impl.FlowableVersions.CURRENT_VERSION
                + ", embedded in the benchmark's JVM, async executor on");
        parameters.put("database", DATABASE + " on the stack's PostgreSQL (created and dropped by the run)");
        parameters.put("history", "audit");
        parameters.put("model", MODEL);
        parameters.put("submitterThreads", SUBMITTERS);
        parameters.put("workerThreads", WORKERS);
        parameters.put("connections", CONNECTIONS);
        parameters.put("thinkTime", "none");
        parameters.put("uploadBytesEach", settings.uploadBytes());
        return parameters;
    }

    /** Makes the scratch database if it is missing (the first phase of the run), builds the engine, deploys the model. */
    @Override
    public void prepare() throws SQLException {
        try (Connection admin = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(), "");
             Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setJdbcUrl(jdbcUrl);
        config.setJdbcDriver("org.postgresql.Driver");
        config.setJdbcUsername(settings.databaseUser());
        config.setJdbcPassword("");
        config.setJdbcMaxActiveConnections(CONNECTIONS);
        config.setDatabaseSchemaUpdate("true");
        config.setHistoryLevel(HistoryLevel.AUDIT);
        config.setAsyncExecutorActivate(true);
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setBeans(Map.of("issueResult", (JavaDelegate) this::issueResult,
                "startMembers", (JavaDelegate) this::startMembers));
        config.setEventListeners(List.of(new TaskCreated()));
        config.setEngineName("bench-" + runId);
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("birth bundle").addClasspathResource(MODEL)
                .enableDuplicateFiltering().deploy();

        byte[] pdf = IntakeScenario.pdf(settings.uploadBytes());
        uploads = new LinkedHashMap<>();
        for (String code : ChainScenario.COMPONENTS) {
            uploads.put("upload_" + code, pdf);
        }
    }

    /** The dossier's data as intake receives it: procedure, channel, centre, applicant, components (their content apart). */
    private ObjectNode dossier(String procedure) {
        ObjectNode dossier = Http.JSON.createObjectNode().put("procedureId", procedure).put("channel", "ONLINE")
                .put("receivingAgency", ChainScenario.CENTRE).put("bundle", ChainScenario.BUNDLE);
        dossier.putObject("applicant").put("type", "CITIZEN").put("fullName", "Đặng Thu Trang")
                .put("idNumber", settings.applicantIdNumber());
        ArrayNode components = dossier.putArray("components");
        for (String code : ChainScenario.COMPONENTS) {
            components.addObject().put("code", code).put("fileName", code.toLowerCase() + ".pdf")
                    .put("mediaType", "application/pdf").put("size", settings.uploadBytes());
        }
        return dossier;
    }

    @Override
    public CompletableFuture<OpenLoop.Outcome> send(long index, long intendedNanos) {
        String bundleId = runId + "-" + index;
        bundles.put(bundleId, new Bundle(intendedNanos, new AtomicInteger(3)));
        return CompletableFuture.supplyAsync(() -> {
            try {
                Map<String, Object> variables = new LinkedHashMap<>(uploads);
                variables.put("dossier", dossier("P1"));
                variables.put("receivedAt", Instant.now().toString());
                engine.getRuntimeService().startProcessInstanceByKey("birthRegistration", bundleId, variables);
                bundlesAccepted.incrementAndGet();
                return OpenLoop.Outcome.ok();
            } catch (RuntimeException e) {
                bundles.remove(bundleId);
                return OpenLoop.Outcome.error("flowable " + e.getClass().getSimpleName());
            }
        }, submitters);
    }

    /** Results-service's part: checks the decision's result data against the fields and issues the result. */
    private void issueResult(DelegateExecution execution) {
        JsonNode data = (JsonNode) execution.getVariable("resultData");
        String step = switch (execution.getCurrentActivityId()) {
            case "P1_ISSUE_RESULT" -> "P1_SIGN";
            case "P2_ISSUE_RESULT" -> "P2_APPROVE_UPDATE";
            default -> "P3_ISSUE_CARD";
        };
        for (String field : DECIDING_STEPS.get(step)) {
            String name = field.split(":")[0];
            if (data == null || !data.hasNonNull(name)) {
                throw new IllegalStateException("the decision lacks the result field " + name);
            }
        }
        ObjectNode result = Http.JSON.createObjectNode().put("resultId", UUID.randomUUID().toString())
                .put("procedureId", step.substring(0, 2)).put("issuedAt", Instant.now().toString());
        result.set("data", data);
        execution.setVariable("result", result);
        String bundleId = execution.getProcessInstanceBusinessKey();
        Context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, context -> resultIssued(bundleId));
    }

    /** Processing's part on P1's result: the two members waiting for it start, with the result as their chain input. */
    private void startMembers(DelegateExecution execution) {
        JsonNode result = (JsonNode) execution.getVariable("result");
        String bundleId = execution.getProcessInstanceBusinessKey();
        var runtime = CommandContextUtil.getProcessEngineConfiguration().getRuntimeService();
        for (String[] member : new String[][]{{"ResidenceRegistrationRequested", "P2"},
                {"HealthInsuranceCardRequested", "P3"}}) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("dossier", dossier(member[1]));
            variables.put("upstreamResult", result);
            variables.put("upload_" + (member[1].equals("P2") ? "RESIDENCE_CHANGE_FORM" : "HEALTH_INSURANCE_FORM"),
                    execution.getVariable("upload_" + (member[1].equals("P2") ? "RESIDENCE_CHANGE_FORM" : "HEALTH_INSURANCE_FORM")));
            runtime.startProcessInstanceByMessage(member[0], bundleId, variables);
        }
    }

    private void resultIssued(String bundleId) {
        long seen = System.nanoTime();
        Bundle bundle = bundles.get(bundleId);
        if (bundle == null) {
            return;   // a bundle of an earlier phase, finishing late
        }
        resultsIssued.increment();
        if (bundle.resultsOwed().decrementAndGet() == 0) {
            chainMicros.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, (seen - bundle.intendedNanos()) / 1_000)));
            bundlesFinished.incrementAndGet();
        }
    }

    /** An officer or partner completes the task at once; a deciding step with its result data. */
    private void complete(String taskId, String step) {
        try {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("outcome", "APPROVE");
            List<String> fields = DECIDING_STEPS.get(step);
            if (fields != null) {
                variables.put("resultData", resultData(fields));
            }
            engine.getTaskService().complete(taskId, variables);
            tasksCompleted.increment();
        } catch (RuntimeException e) {
            stepErrors.computeIfAbsent("task " + step + ": " + e.getClass().getSimpleName(), k -> new LongAdder())
                    .increment();
        }
    }

    /** The same values as the chains scenario gives (ChainScenario.resultData), for the fields {@code name[:TYPE]}. */
    static ObjectNode resultData(List<String> fields) {
        ObjectNode task = Http.JSON.createObjectNode();
        ArrayNode resultFields = task.putArray("resultFields");
        for (String field : fields) {
            String[] parts = field.split(":");
            ObjectNode f = resultFields.addObject().put("name", parts[0]);
            if (parts.length > 1) {
                f.put("type", parts[1]);
            }
        }
        return ChainScenario.resultData(task);
    }

    /** TASK_CREATED, after the creating transaction committed: hands the task to a worker. */
    private final class TaskCreated implements FlowableEventListener {
        @Override
        public void onEvent(FlowableEvent event) {
            if (event.getType() == FlowableEngineEventType.TASK_CREATED
                    && event instanceof FlowableEntityEvent entityEvent && entityEvent.getEntity() instanceof Task task) {
                String id = task.getId();
                String step = task.getTaskDefinitionKey();
                workers.execute(() -> complete(id, step));
            }
        }

        @Override
        public boolean isFailOnException() {
            return false;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return true;
        }

        @Override
        public String getOnTransaction() {
            return TransactionState.COMMITTED.name();
        }
    }

    @Override
    public void awaitOwnEnd(Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (bundlesFinished.get() < bundlesAccepted.get() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
    }

    @Override
    public Map<String, Object> results() {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("bundlesAccepted", bundlesAccepted.get());
        results.put("bundlesFinished", bundlesFinished.get());
        results.put("submissionToThirdResultMs", Report.percentiles(chainMicros));
        results.put("userTasksCompleted", tasksCompleted.sum());
        results.put("resultsIssued", resultsIssued.sum());
        if (engine != null) {
            results.put("deadLetterJobs", engine.getManagementService().createDeadLetterJobQuery().count());
        }
        Map<String, Long> errors = new TreeMap<>();
        stepErrors.forEach((kind, count) -> errors.put(kind, count.sum()));
        results.put("stepErrors", errors);
        return results;
    }

    @Override
    public void close() {
        submitters.shutdownNow();
        workers.shutdownNow();
        if (engine != null) {
            engine.close();
        }
    }

    /** Drops the scratch database at the end of the run (every phase's engine closed). */
    static void dropDatabase(Settings settings) throws SQLException {
        try (Connection admin = DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(), "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
