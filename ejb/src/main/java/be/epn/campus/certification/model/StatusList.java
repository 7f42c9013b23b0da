package be.epn.campus.certification.model;

import be.epn.campus.certification.status.BitstringStatusList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Base64;

/**
 * One revocation status list as stored: the bits (Base64 of the uncompressed bitstring), how many indexes are
 * given out, and a version so that two revocations at once cannot lose each other's bit.
 */
@Entity
@Table(name = "status_list")
public class StatusList {

    /** Past this share of assigned indexes, a new list is opened: random free indexes stay quick to find. */
    public static final double FULL = 0.5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String purpose;

    @Column(name = "bit_count", nullable = false)
    private int bitCount;

    @Column(nullable = false)
    private int assigned;

    @Lob
    @Column(nullable = false)
    private String bits;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected StatusList() {
        // for JPA
    }

    public StatusList(LocalDateTime at) {
        BitstringStatusList empty = new BitstringStatusList();
        this.purpose = "revocation";
        this.bitCount = empty.size();
        this.bits = Base64.getEncoder().encodeToString(empty.toBytes());
        this.updatedAt = at;
    }

    public boolean hasRoom() {
        return assigned < bitCount * FULL;
    }

    /** Counts one more index given out (the caller picked a free one). */
    public void assignOne(LocalDateTime at) {
        assigned++;
        updatedAt = at;
    }

    public BitstringStatusList bitstring() {
        return BitstringStatusList.fromBytes(Base64.getDecoder().decode(bits));
    }

    /** Sets (revokes) the bit at {@code index}. */
    public void set(int index, LocalDateTime at) {
        BitstringStatusList list = bitstring();
        list.set(index, true);
        bits = Base64.getEncoder().encodeToString(list.toBytes());
        updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getBitCount() {
        return bitCount;
    }

    public int getAssigned() {
        return assigned;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
