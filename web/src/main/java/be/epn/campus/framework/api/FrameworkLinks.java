package be.epn.campus.framework.api;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Where a framework can be read: our JSON and its CASE package, as absolute URIs.
 *
 * @param casePackage serialized as {@code case}, a Java keyword
 */
public record FrameworkLinks(String self, @JsonbProperty("case") String casePackage) {
}
