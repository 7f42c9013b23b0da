package be.epn.campus.it;

import java.util.List;
import java.util.UUID;

/**
 * The cast of the journeys across EPNs, seeded once for a test: two EPNs, an animateur at each, and a learner
 * known (with consent) at both. Names carry a unique suffix ({@link Seed#unique()}) so that tests sharing one
 * database never meet.
 *
 * @param suffix the unique suffix of every name
 */
public record TwoEpns(String suffix, String epnAName, String epnBName, UUID epnA, UUID epnB, String animateurA,
                      String animateurB, String learner, UUID learnerId) {

    /**
     * @param label   what the EPNs are named after ("Parcours", "Niveau"), so that a page shows which test made them
     * @param learner the learner's given name, also the start of their username
     */
    public static TwoEpns seed(Seed seed, String label, String learner, String secret) {
        String u = Seed.unique();
        String epnAName = "EPN " + label + " A " + u;
        String epnBName = "EPN " + label + " B " + u;
        UUID epnA = seed.epn(epnAName);
        UUID epnB = seed.epn(epnBName);
        seed.person("anim.a" + u, "Ada", "Animatrice" + u, null, secret, "ANIMATEUR", epnA, null);
        seed.person("anim.b" + u, "Bob", "Animateur" + u, null, secret, "ANIMATEUR", epnB, null);
        String username = java.text.Normalizer.normalize(learner, java.text.Normalizer.Form.NFD)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + u;
        UUID learnerId = seed.learnerAt(username, learner, "Voyageuse" + u, secret, List.of(epnA, epnB));
        return new TwoEpns(u, epnAName, epnBName, epnA, epnB, "anim.a" + u, "anim.b" + u, username, learnerId);
    }
}
