package vn.onestop.intake.dossier.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The bytes of an uploaded file, with the SHA-256 the component records. */
@Entity
@Table(name = "stored_content")
public class StoredContent extends PanacheEntityBase {

    @Id
    public UUID id;
    public String sha256;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public byte[] content;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
