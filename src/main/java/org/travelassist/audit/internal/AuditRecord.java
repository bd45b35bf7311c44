package org.travelassist.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.travelassist.audit.AuditEntry;

/** Written once, never changed: the table's trigger refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(name = "actor_id")
    private @Nullable UUID actorId;

    @Column(name = "actor_name")
    private @Nullable String actorName;

    @Column(name = "actor_role", nullable = false)
    private String actorRole = "";

    @Column(name = "on_behalf_of")
    private @Nullable UUID onBehalfOf;

    @Column(name = "action", nullable = false)
    private String action = "";

    @Column(name = "record_type", nullable = false)
    private String recordType = "";

    @Column(name = "record_id", nullable = false)
    private String recordId = "";

    @Column(name = "household_id")
    private @Nullable UUID householdId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    private @Nullable Map<String, @Nullable String> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    private @Nullable Map<String, @Nullable String> after;

    protected AuditRecord() {}

    public AuditRecord(AuditEntry entry) {
        this.occurredAt = entry.occurredAt();
        this.actorId = entry.actorId();
        this.actorName = entry.actorName();
        this.actorRole = entry.actorRole();
        this.onBehalfOf = entry.onBehalfOf();
        this.action = entry.action();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.householdId = entry.householdId();
        this.before = entry.before().isEmpty() ? null : entry.before();
        this.after = entry.after().isEmpty() ? null : entry.after();
    }

    public AuditEntry entry() {
        return new AuditEntry(occurredAt, actorId, actorName, actorRole, onBehalfOf, action, recordType, recordId,
                householdId, before == null ? Map.of() : before, after == null ? Map.of() : after);
    }
}
