package be.epn.campus.progress.service;

import be.epn.campus.access.service.AccessRules;
import be.epn.campus.access.service.Caller;
import be.epn.campus.people.model.Epn;
import be.epn.campus.people.model.EpnRepository;
import be.epn.campus.people.model.PeopleRepository;
import be.epn.campus.progress.model.EpnDevice;
import be.epn.campus.progress.model.ProgressRepository;
import be.epn.campus.platform.errors.RecordNotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Where things happen. An animateur declares, from a computer's browser, that this computer belongs to their
 * EPN; the browser keeps a random token in a cookie, and every learning event made from it is recorded at
 * that EPN. A learner cannot choose their EPN (the figures per EPN would lose their meaning), and a
 * computer at home records no EPN at all.
 */
@Stateless
public class Places {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ProgressRepository progress;

    @Inject
    EpnRepository epns;

    @Inject
    PeopleRepository people;

    @jakarta.ejb.EJB
    be.epn.campus.access.service.Callers callers;

    /** @return the token to keep in this computer's cookie (shown nowhere else, stored only as a hash) */
    public String registerComputer(UUID epnUuid, String label) {
        Caller caller = callers.current();
        Epn epn = epns.find(epnUuid).orElseThrow(() -> new RecordNotFoundException("EPN " + epnUuid));
        AccessRules.requireDesk(caller, epn.getId());
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String name = label == null || label.isBlank() ? "-" : label.strip().replaceAll("[\\p{Cntrl}<>]", "");
        name = name.length() > 80 ? name.substring(0, 80) : name;
        progress.add(new EpnDevice(hash(token), epn, name, people.find(caller.uuid()).orElseThrow(), now()));
        return token;
    }

    /** The EPN of the computer holding this token; empty for none, an unknown or a revoked token. */
    public Optional<Epn> epnOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return progress.device(hash(token)).map(EpnDevice::getEpn);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
