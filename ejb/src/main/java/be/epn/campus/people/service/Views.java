package be.epn.campus.people.service;

import be.epn.campus.access.service.LockStatus;
import be.epn.campus.people.model.Cohort;
import be.epn.campus.people.model.CohortSchedule;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.Membership;
import be.epn.campus.people.model.Person;
import be.epn.campus.people.model.PersonStatus;
import be.epn.campus.people.model.Role;
import be.epn.campus.platform.Language;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What services hand to pages: plain records, never entities, so that a page shows exactly what the
 * caller may see and nothing loads behind its back.
 */
public final class Views {

    private Views() {
    }

    public record EpnSummary(UUID uuid, String name, String municipality) {
        public static EpnSummary of(Epn epn) {
            return new EpnSummary(epn.getUuid(), epn.getName(), epn.getMunicipality());
        }
    }

    /** A new account: what goes on the login card. */
    public record NewAccount(UUID person, String username) {
    }

    /** What a login card shows, in the learner's language. */
    public record CardDetails(String displayName, String username, Language language) {
    }

    /** A person found at the desk: enough to recognise them, and whether they are already known here. */
    public record DeskMatch(UUID person, String displayName, Integer birthYear, String username, boolean knownHere,
                            int epnCount) {
    }

    public record MembershipView(UUID epn, String epnName, Role role, LocalDateTime since, boolean consentGiven) {
        public static MembershipView of(Membership m) {
            return new MembershipView(m.getEpn().getUuid(), m.getEpn().getName(), m.getRole(), m.getSince(), m.isConsentGiven());
        }
    }

    /** A cohort in a list; its description is free text, for pages to show as plain text. */
    public record CohortSummary(UUID uuid, String name, String epnName, CohortSchedule schedule, int learners,
                                String description) {
        public static CohortSummary of(Cohort cohort) {
            return new CohortSummary(cohort.getUuid(), cohort.getName(), cohort.getEpn().getName(), cohort.getSchedule(),
                    cohort.getEnrolments().size(), cohort.getDescription());
        }
    }

    /**
     * A person's whole file, as a coordinator, an animateur of one of their EPNs, or they themselves see it.
     * {@code mergedInto} is the record kept when this one was a duplicate folded into it (status MERGED), else null.
     */
    public record PersonFile(UUID uuid, String givenName, String familyName, Integer birthYear, Language language,
                             String username, String email, String phone, PersonStatus status, Set<Role> roles,
                             LocalDateTime createdAt, List<MembershipView> memberships, List<CohortSummary> cohorts,
                             LockStatus lock, UUID mergedInto) {

        public String displayName() {
            return givenName + " " + familyName;
        }

        public static PersonFile of(Person p, List<Membership> memberships, List<Cohort> cohorts, LockStatus lock) {
            return new PersonFile(p.getUuid(), p.getGivenName(), p.getFamilyName(), p.getBirthYear(), p.getPreferredLanguage(),
                    p.getUsername(), p.getEmail(), p.getPhone(), p.getStatus(), Set.copyOf(p.getRoles()), p.getCreatedAt(),
                    memberships.stream().map(MembershipView::of).toList(),
                    cohorts.stream().map(CohortSummary::of).toList(), lock,
                    p.getMergedInto() == null ? null : p.getMergedInto().getUuid());
        }
    }

    /** One line of a list of people. */
    public record PersonRow(UUID uuid, String displayName, Integer birthYear, String username, PersonStatus status,
                            Set<Role> roles) {
        public static PersonRow of(Person p) {
            return new PersonRow(p.getUuid(), p.displayName(), p.getBirthYear(), p.getUsername(), p.getStatus(),
                    Set.copyOf(p.getRoles()));
        }
    }
}
