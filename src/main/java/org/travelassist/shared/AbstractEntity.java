package org.travelassist.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.util.ProxyUtils;

/** Our own random ids, assigned on creation, so a record is identifiable before it is saved. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @Column(name = "id")
    private UUID id = UUID.randomUUID();

    @Version
    @Column(name = "version")
    private long version;

    protected AbstractEntity() {}

    protected AbstractEntity(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || ProxyUtils.getUserClass(this) != ProxyUtils.getUserClass(other)) {
            return false;
        }
        return id.equals(((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return ProxyUtils.getUserClass(getClass()).hashCode();
    }
}
