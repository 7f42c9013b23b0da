package be.epn.campus.certification.keys;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The platform's signing keys, kept in one directory outside the repository (e.g. {@code var/keys}).
 * Each key is two files named by its kid: {@code <kid>.key} (PKCS#8, owner read/write only) and
 * {@code <kid>.pub} (X.509); the file {@code current} names the key that signs. A key is generated on first
 * use; {@link #rotate()} makes a new current key and keeps the old ones, which still verify.
 * One instance per directory: the server holds it as a singleton.
 */
public final class KeyRing {

    private static final String CURRENT = "current";

    private final Path directory;
    private final JwsAlgorithm algorithm;
    private final Map<String, SigningKey> keys = new TreeMap<>();
    private String currentKid;

    /** Opens the ring in {@code directory} (created if missing) and loads the keys found there. */
    public KeyRing(Path directory, JwsAlgorithm algorithm) {
        this.directory = directory;
        this.algorithm = algorithm;
        try {
            Files.createDirectories(directory);
            load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the key directory " + directory, e);
        }
    }

    /** The key that signs now; generated and stored on first use. */
    public synchronized SigningKey current() {
        if (currentKid == null) {
            rotate();
        }
        return keys.get(currentKid);
    }

    /** Makes a new current key; the previous keys stay for verification. Returns the new key. */
    public synchronized SigningKey rotate() {
        KeyPair pair = algorithm.generate();
        String kid = Jwk.thumbprint(pair.getPublic(), algorithm);
        try {
            // The public half first: a ring is read from its .key files, so a crash in between leaves no
            // private key without its public key.
            Files.write(directory.resolve(kid + ".pub"), pair.getPublic().getEncoded());
            writePrivate(directory.resolve(kid + ".key"), pair.getPrivate().getEncoded());
            // Written aside then moved, so that a crash never leaves a half-written "current".
            Path next = directory.resolve(CURRENT + ".next");
            Files.writeString(next, kid, StandardCharsets.US_ASCII);
            Files.move(next, directory.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a new key in " + directory, e);
        }
        SigningKey key = new SigningKey(kid, algorithm, pair.getPrivate(), pair.getPublic());
        keys.put(kid, key);
        currentKid = kid;
        return key;
    }

    /** The public key of a kid, current or retired; empty for a kid this ring never had. */
    public synchronized Optional<PublicKey> publicKey(String kid) {
        return Optional.ofNullable(kid == null ? null : keys.get(kid)).map(SigningKey::publicKey);
    }

    /** The algorithm of this ring's keys. */
    public JwsAlgorithm algorithm() {
        return algorithm;
    }

    /** Every public key, current and retired, as a JWK Set (RFC 7517 §5) to publish at a stable URL. */
    public synchronized JsonObject jwkSet() {
        current();
        JsonArrayBuilder array = Json.createArrayBuilder();
        keys.values().forEach(k -> array.add(Jwk.publicJwk(k.publicKey(), k.algorithm())));
        return Json.createObjectBuilder().add("keys", array).build();
    }

    private void load() throws IOException {
        KeyFactory factory;
        try {
            factory = KeyFactory.getInstance(algorithm.keyAlgorithm());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".key"))::iterator) {
                String kid = file.getFileName().toString().replaceFirst("\\.key$", "");
                Path pub = directory.resolve(kid + ".pub");
                try {
                    PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
                    PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub)));
                    if (!kid.equals(Jwk.thumbprint(publicKey, algorithm))) {
                        throw new IllegalStateException("key file " + file + " does not match its name");
                    }
                    keys.put(kid, new SigningKey(kid, algorithm, priv, publicKey));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("unreadable key " + file + " (not a " + algorithm + " key?)", e);
                }
            }
        }
        Path current = directory.resolve(CURRENT);
        if (Files.exists(current)) {
            String kid = Files.readString(current, StandardCharsets.US_ASCII).trim();
            if (!keys.containsKey(kid)) {
                throw new IllegalStateException("the current key " + kid + " is missing from " + directory);
            }
            currentKid = kid;
        }
    }

    /**
     * Creates the file with owner-only permissions before any byte is written, so the private key is never
     * readable by others, not even for an instant. On a file system without POSIX permissions (Windows),
     * the JDK's owner-only read/write flags are set instead, as a best effort: there the directory's ACL is
     * what protects the key.
     */
    private static void writePrivate(Path file, byte[] pkcs8) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
            var f = file.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("a key " + file + " already exists", e);
        }
        Files.write(file, pkcs8);
    }
}
