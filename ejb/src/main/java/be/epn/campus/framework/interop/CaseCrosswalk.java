package be.epn.campus.framework.interop;

import static be.epn.campus.framework.interop.CaseUris.JSON;
import static be.epn.campus.framework.interop.CaseUris.dateTime;

import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkElement;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.model.MappingEntry;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The mapping entries of which a framework is the source, as CASE associations from its items to the
 * items of the target framework. The relation names already are CASE association types.
 */
final class CaseCrosswalk {

    private final CaseUris uris;

    CaseCrosswalk(CaseUris uris) {
        this.uris = uris;
    }

    List<JsonObject> associations(Framework framework, List<FrameworkMapping> mappings,
                                  Function<String, Optional<Framework>> frameworkByKey) {
        List<JsonObject> associations = new ArrayList<>();
        for (FrameworkMapping mapping : mappings) {
            if (!mapping.getSource().getKey().equals(framework.getKey())) {
                continue; // exported by the package of its own source framework
            }
            Optional<Framework> target = frameworkByKey.apply(mapping.getTarget().getKey());
            if (target.isEmpty()) {
                continue;
            }
            String changed = dateTime(mapping.getLoadedAt() != null ? mapping.getLoadedAt() : framework.getLoadedAt());
            for (MappingEntry entry : mapping.getEntries()) {
                Optional<? extends FrameworkElement> origin = CaseNode.element(framework, entry.getKind(), entry.getSourceCode());
                Optional<? extends FrameworkElement> destination = CaseNode.element(target.get(), entry.getKind(), entry.getTargetCode());
                if (origin.isPresent() && destination.isPresent()) {
                    associations.add(association(origin.get(), entry.getRelation().caseName(), destination.get(), changed));
                }
            }
        }
        return associations;
    }

    private JsonObject association(FrameworkElement origin, String type, FrameworkElement destination, String changed) {
        UUID identifier = CasePackageBuilder.associationId(origin.getUuid(), type, destination.getUuid());
        return JSON.createObjectBuilder()
                .add("identifier", identifier.toString())
                .add("uri", uris.uri(CaseUris.ASSOCIATIONS, identifier))
                .add("associationType", type)
                .add("originNodeURI", uris.link(origin.getTitle().in(uris.language()), origin.getUuid(), CaseUris.ITEMS))
                .add("destinationNodeURI", uris.link(destination.getTitle().in(uris.language()), destination.getUuid(), CaseUris.ITEMS))
                .add("lastChangeDateTime", changed)
                .build();
    }
}
