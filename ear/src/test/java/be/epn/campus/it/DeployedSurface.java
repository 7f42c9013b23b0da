package be.epn.campus.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the application answers, read from the EAR that ships (not from a list someone keeps): every
 * Facelets page of the web module, every JAX-RS resource method, every annotated servlet.
 * <p>
 * The REST side is read from the classes in the archive rather than from the server's {@code /openapi}:
 * the archive is exactly what ships, the result does not depend on a server feature being switched on or
 * on how it documents an EAR, and a failure names the class at fault. The web module's classes are not
 * on this module's test class path (a WAR dependency is not), so they are loaded from the archive itself;
 * only classes that mention a JAX-RS or servlet annotation are loaded.
 */
public final class DeployedSurface {

    private static final String WEB_MODULE = "campus-web.war";
    private static final String CLASSES = "/WEB-INF/classes/";

    /** A REST operation or servlet mapping: {@code GET /api/people/{}/card}; method {@code *} for a servlet. */
    public record Endpoint(String method, String template) {

        /** Whether a request path (placeholders allowed as segments) is served by this endpoint. */
        public boolean serves(String requestMethod, String path) {
            if (!method.equals("*") && !method.equals(requestMethod)) {
                return false;
            }
            if (template.endsWith("/*")) {
                return path.startsWith(template.substring(0, template.length() - 1));
            }
            String[] wanted = template.split("/", -1);
            String[] given = path.split("/", -1);
            if (wanted.length != given.length) {
                return false;
            }
            for (int i = 0; i < wanted.length; i++) {
                if (!wanted[i].equals("{}") && !wanted[i].equals(given[i])) {
                    return false;
                }
                if (wanted[i].equals("{}") && given[i].isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private final Set<String> pages;
    private final List<Endpoint> endpoints;

    private DeployedSurface(Set<String> pages, List<Endpoint> endpoints) {
        this.pages = pages;
        this.endpoints = endpoints;
    }

    public static DeployedSurface of(EnterpriseArchive ear) {
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        Set<String> pages = new TreeSet<>();
        Map<String, byte[]> classes = new HashMap<>();
        for (Map.Entry<ArchivePath, Node> entry : web.getContent().entrySet()) {
            String name = entry.getKey().get();
            if (entry.getValue().getAsset() == null) {
                continue;
            }
            if (name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/") && !name.startsWith("/resources/")
                    && !name.startsWith("/META-INF/")) {
                pages.add(name);
            } else if (name.startsWith(CLASSES) && name.endsWith(".class")) {
                String className = name.substring(CLASSES.length(), name.length() - ".class".length()).replace('/', '.');
                classes.put(className, bytes(entry.getValue()));
            }
        }
        return new DeployedSurface(pages, endpoints(classes));
    }

    /** Paths of the Facelets pages, e.g. {@code /desk/index.xhtml}. */
    public Set<String> pages() {
        return pages;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    private static List<Endpoint> endpoints(Map<String, byte[]> classes) {
        ArchiveClassLoader loader = new ArchiveClassLoader(classes, DeployedSurface.class.getClassLoader());
        List<Class<?>> annotated = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            if (mentions(entry.getValue(), Path.class, ApplicationPath.class, WebServlet.class)) {
                annotated.add(loader.load(entry.getKey()));
            }
        }
        List<String> roots = annotated.stream().filter(c -> c.isAnnotationPresent(ApplicationPath.class))
                .map(c -> c.getAnnotation(ApplicationPath.class).value()).toList();
        if (roots.size() != 1) {
            throw new IllegalStateException("Expected one JAX-RS application, found paths " + roots);
        }
        List<Endpoint> found = new ArrayList<>();
        for (Class<?> type : annotated) {
            if (type.isAnnotationPresent(Path.class)) {
                resource(type, join(roots.get(0), type.getAnnotation(Path.class).value()), found, 0);
            }
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                for (String pattern : servlet.urlPatterns().length > 0 ? servlet.urlPatterns() : servlet.value()) {
                    found.add(new Endpoint("*", pattern));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return List.copyOf(found);
    }

    /** The resource methods of a resource class; a sub-resource locator is followed into the class it returns. */
    private static void resource(Class<?> type, String prefix, List<Endpoint> found, int depth) {
        if (depth > 5) {
            throw new IllegalStateException("Sub-resources nested too deep under " + prefix);
        }
        for (Method method : type.getMethods()) {
            Path path = method.getAnnotation(Path.class);
            String full = path == null ? prefix : join(prefix, path.value());
            String http = httpMethod(method);
            if (http != null) {
                found.add(new Endpoint(http, full));
            } else if (path != null) {
                resource(method.getReturnType(), full, found, depth + 1);
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code "api" + "people/{id}"} gives {@code /api/people/{}}: slashes tidied, parameter names dropped. */
    static String join(String... parts) {
        String joined = ("/" + String.join("/", parts)).replaceAll("/+", "/");
        joined = joined.replaceAll("\\{[^/]*}", "{}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** Whether a class file names one of these annotations (its constant pool holds their descriptor). */
    private static boolean mentions(byte[] classFile, Class<?>... annotations) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        for (Class<?> annotation : annotations) {
            if (text.contains("L" + annotation.getName().replace('.', '/') + ";")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(Node node) {
        try (InputStream in = node.getAsset().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defines the web module's classes from their bytes; everything else comes from the test class path. */
    private static final class ArchiveClassLoader extends ClassLoader {

        private final Map<String, byte[]> classes;

        ArchiveClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        Class<?> load(String name) {
            try {
                return loadClass(name);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("Cannot read the annotations of " + name + " from the archive: " + e, e);
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
