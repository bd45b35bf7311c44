package org.travelassist.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.travelassist.accounts.TravelPassportForm;
import org.travelassist.shared.AbstractEntity;

@Entity
@Table(name = "travel_passport")
public class TravelPassport extends AbstractEntity {

    @Column(name = "child_id", nullable = false)
    private UUID childId;

    @Column(name = "communication", nullable = false)
    private String communication = "";

    @Column(name = "what_helps", nullable = false)
    private String whatHelps = "";

    @Column(name = "what_upsets", nullable = false)
    private String whatUpsets = "";

    @Column(name = "medical", nullable = false)
    private String medical = "";

    @Column(name = "equipment", nullable = false)
    private String equipment = "";

    @Column(name = "emergency_contacts", nullable = false)
    private String emergencyContacts = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TravelPassport() {
        this.childId = new UUID(0, 0);
        this.updatedAt = Instant.EPOCH;
    }

    public TravelPassport(UUID childId, Instant now) {
        this.childId = childId;
        this.updatedAt = now;
    }

    public void update(TravelPassportForm form, Instant now) {
        communication = form.communication().strip();
        whatHelps = form.whatHelps().strip();
        whatUpsets = form.whatUpsets().strip();
        medical = form.medical().strip();
        equipment = form.equipment().strip();
        emergencyContacts = form.emergencyContacts().strip();
        updatedAt = now;
    }

    public TravelPassportForm form() {
        return new TravelPassportForm(communication, whatHelps, whatUpsets, medical, equipment, emergencyContacts, updatedAt);
    }

    public Map<String, @Nullable String> snapshot() {
        var fields = new LinkedHashMap<String, @Nullable String>();
        fields.put("communication", communication);
        fields.put("whatHelps", whatHelps);
        fields.put("whatUpsets", whatUpsets);
        fields.put("medical", medical);
        fields.put("equipment", equipment);
        fields.put("emergencyContacts", emergencyContacts);
        return fields;
    }
}
