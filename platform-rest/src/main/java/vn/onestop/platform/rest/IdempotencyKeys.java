package vn.onestop.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} of creating POSTs, for every service that has them. Each service owns
 * its table: {@code idempotency_key (key text primary key, request_sha256 text not null, operation
 * text not null, response jsonb, created_at timestamptz not null default now())}.
 *
 * <p>The {@code Idempotency-Key} of creating POSTs. The key is claimed in the transaction that
 * creates the resource and the answer stored in it, so a retry gets the first answer, a
 * concurrent duplicate waits for the first to commit, and a rolled-back attempt frees the key.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    IdempotencyKeys(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** The header's value, or a 400 problem naming the header. */
    public static String require(String headerValue) {
        if (headerValue == null || headerValue.isBlank() || headerValue.length() > 200) {
            throw ProblemException.invalid("the " + HEADER + " header is required (at most 200 characters)",
                    List.of(new Problem.Violation(HEADER, "is required")));
        }
        return headerValue;
    }

    /**
     * Claims the key for this request. Empty when the caller should go on and create; otherwise
     * the answer stored by the first request with this key. A key reused for another request or
     * operation is a 422 problem.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> claimOrReplay(String key, String operation, Object request, Class<T> answerType) {
        String requestHash = sha256(operation + "\n" + json(request));
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotency_key (key, request_sha256, operation) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, key)
                .setParameter(2, requestHash)
                .setParameter(3, operation)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select request_sha256, cast(response as text) from idempotency_key where key = ?1")
                .setParameter(1, key)
                .getSingleResult();
        if (!requestHash.equals(row[0]) || row[1] == null) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "the " + HEADER + " " + key + " was already used for a different request");
        }
        try {
            return Optional.of(mapper.readValue((String) row[1], answerType));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer of idempotency key " + key + " is unreadable", e);
        }
    }

    /** Stores the answer a retry with this key will get. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String key, Object answer) {
        entityManager.createNativeQuery("update idempotency_key set response = cast(?1 as jsonb) where key = ?2")
                .setParameter(1, json(answer))
                .setParameter(2, key)
                .executeUpdate();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
