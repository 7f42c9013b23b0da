package be.epn.campus.access.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The open sessions of each signed-in person, so that disabling an account (or erasing, or merging it)
 * ends its sessions at once instead of at their time-out. One server; a cluster would need a shared store.
 */
@ApplicationScoped
public class SessionRegistry {

    private static final Logger LOG = Logger.getLogger(SessionRegistry.class.getName());

    private final Map<UUID, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    public void register(UUID person, HttpSession session) {
        sessions.computeIfAbsent(person, p -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void forget(HttpSession session) {
        sessions.values().forEach(set -> set.remove(session));
        sessions.values().removeIf(Set::isEmpty);
    }

    /** Ends every session of the person; returns how many were open. */
    public int endSessionsOf(UUID person) {
        Set<HttpSession> open = sessions.remove(person);
        if (open == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : open) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyGone) {
                LOG.fine(() -> "session already ended");
            }
        }
        return ended;
    }

    public int openSessionsOf(UUID person) {
        return sessions.getOrDefault(person, Set.of()).size();
    }
}
