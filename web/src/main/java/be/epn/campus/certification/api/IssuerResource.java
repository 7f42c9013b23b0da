package be.epn.campus.certification.api;

import be.epn.campus.certification.credential.OpenBadgeCredential;
import be.epn.campus.certification.service.Achievements;
import be.epn.campus.certification.service.Issuing;
import be.epn.campus.certification.service.PlatformKeys;
import be.epn.campus.placement.api.ApiLanguage;
import be.epn.campus.platform.Language;
import be.epn.campus.platform.PublicAddress;
import be.epn.campus.platform.api.ApiException;
import be.epn.campus.platform.api.CampusApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The issuer's stable, public addresses (issue 6): its Open Badges 3.0 profile, its public keys and the
 * achievements its credentials name, which anyone verifying one of our credentials fetches. No sign-in: a verifier is an employer or a social worker's software.
 */
@Path("certification")
@RequestScoped
@Produces(CampusApi.JSON_UTF8)
@Tag(name = "certification", description = "Issuer profile and public keys of the certificates (issue 6)")
public class IssuerResource {

    @EJB
    PlatformKeys keys;

    @EJB
    Achievements achievements;

    @Inject
    PublicAddress address;

    @Context
    HttpServletRequest request;

    @GET
    @Path("issuer")
    @Operation(summary = "The issuer profile (Open Badges 3.0 Profile)")
    public Response issuer() {
        JsonObject profile = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
                .add("id", address.of(Issuing.ISSUER_PATH))
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", Issuing.ISSUER_NAME)
                .add("url", address.base())
                .add("description", "Espaces publics numériques de Bruxelles / Openbare computerruimten van Brussel")
                .build();
        return Response.ok(profile).cacheControl(hours(1)).build();
    }

    @GET
    @Path("keys")
    @Operation(summary = "The public keys as a JWK Set (RFC 7517), current and retired",
            description = "A credential's JWT header names its key by kid (RFC 7638 thumbprint); retired keys stay "
                    + "listed so that credentials signed before a rotation still verify.")
    public Response keys() {
        return Response.ok(keys.publicKeys()).cacheControl(hours(1)).build();
    }

    @GET
    @Path("achievements/{type}")
    @Operation(summary = "What a certificate type certifies (Open Badges 3.0 Achievement)",
            description = "The address a credential gives as its achievement id. Texts in ?lang= (fr, nl, en), else "
                    + "Accept-Language; the competences at the type's level (a credential carries the levels reached).")
    public Response achievement(@PathParam("type") String type, @QueryParam("lang") String lang) {
        Language language = ApiLanguage.of(lang, request);
        JsonObject achievement = achievements.of(type, language).map(OpenBadgeCredential::achievementDocument)
                .orElseThrow(() -> ApiException.notFound("no certificate type " + type));
        return Response.ok(achievement).header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).cacheControl(hours(1)).build();
    }

    private static CacheControl hours(int hours) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(hours * 3600);
        return cache;
    }
}
