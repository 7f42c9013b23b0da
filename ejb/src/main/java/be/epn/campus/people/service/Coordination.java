package be.epn.campus.people.service;

import be.epn.campus.people.model.EpnDetails;
import be.epn.campus.people.model.PersonDetails;
import be.epn.campus.people.model.Role;
import be.epn.campus.people.service.Views.EpnSummary;
import be.epn.campus.people.service.Views.NewAccount;
import be.epn.campus.people.service.Views.PersonFile;
import be.epn.campus.people.service.Views.PersonRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the coordinator (regional administrator) does: EPNs, people and their roles, merging duplicates,
 * reading the audit log. Every method requires the COORDINATOR role, checked on the server.
 */
public interface Coordination {

    List<EpnSummary> epns();

    EpnDetails epn(@NotNull UUID epn);

    UUID createEpn(@NotNull @Valid EpnDetails details);

    void updateEpn(@NotNull UUID epn, @NotNull @Valid EpnDetails details);

    /** People whose name holds every word of the query, or with that exact username; at most 50. */
    List<PersonRow> searchPeople(String query);

    /** Everyone holding a role (the staff list). */
    List<PersonRow> withRole(@NotNull Role role);

    PersonFile person(@NotNull UUID person);

    /** A staff account (animateur, trainer, coordinator), with a secret and roles. */
    NewAccount createPerson(@NotNull @Valid PersonDetails details, @NotNull Set<Role> roles, String secret);

    void grant(@NotNull UUID person, @NotNull Role role);

    void revoke(@NotNull UUID person, @NotNull Role role);

    /** Makes the person an animateur working at the EPN (grants the role if needed). */
    void addStaff(@NotNull UUID person, @NotNull UUID epn);

    void removeStaff(@NotNull UUID person, @NotNull UUID epn);

    /** Switches the account off and ends its open sessions at once. */
    void disable(@NotNull UUID person);

    void enable(@NotNull UUID person);

    /**
     * Folds a duplicate record into the one kept: memberships, cohort places, roles and (later) progress
     * move to the kept record; the duplicate stays, marked MERGED, and the merge is recorded with its reason.
     */
    void merge(@NotNull UUID kept, @NotNull UUID duplicate, @NotNull @Size(min = 1, max = 500) String reason);

    /** Everything held about the person, as JSON (on their request; audited). */
    String export(@NotNull UUID person);

    /**
     * Erases the person's identity on their request: no table keeps their name afterwards, while the rows
     * that counts rely on stay, anonymous. Ends their sessions.
     */
    void erase(@NotNull UUID person);

    List<AuditLine> audit(int first, int max);

    long auditSize();
}
