package be.epn.campus.framework.api;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.framework.model.CompetenceArea;
import be.epn.campus.framework.model.Framework;
import be.epn.campus.framework.model.FrameworkMapping;
import be.epn.campus.framework.model.ProficiencyBand;
import be.epn.campus.framework.model.ProficiencyLevel;
import be.epn.campus.platform.api.LocalizedTextDto;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Turns loaded framework entities into the API's DTOs. Pure: no JAX-RS, no database. */
public final class FrameworkMapper {

    private final URI apiBase;

    /** @param apiBase the absolute base of the API, e.g. {@code https://host/api/} */
    public FrameworkMapper(URI apiBase) {
        String text = apiBase.toString();
        this.apiBase = URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** The summary of a framework whose elements are loaded (they are counted). */
    public FrameworkSummary summary(Framework framework) {
        return new FrameworkSummary(framework.getKey(), framework.getUuid().toString(), framework.getFamily(),
                framework.getVersionLabel(), LocalizedTextDto.of(framework.getTitle()), framework.getPublisher(),
                framework.getAreas().size(), framework.getCompetences().size(), framework.getLevels().size(),
                links(framework));
    }

    /** The whole framework, with the mappings given (those involving it, either way). */
    public FrameworkDetail detail(Framework framework, List<FrameworkMapping> mappings) {
        return new FrameworkDetail(framework.getKey(), framework.getUuid().toString(), framework.getFamily(),
                framework.getVersionLabel(), LocalizedTextDto.of(framework.getTitle()),
                LocalizedTextDto.of(framework.getDescription()), framework.getPublisher(),
                framework.getPublishedOn() == null ? null : framework.getPublishedOn().toString(),
                framework.getSourceUrl(), framework.getLicence(), LocalizedTextDto.of(framework.getTitleSources()),
                framework.getBands().stream().map(band -> band(framework, band)).toList(),
                framework.getLevels().stream().map(FrameworkMapper::level).toList(),
                framework.getAreas().stream().map(area -> area(framework, area)).toList(),
                mappings.stream().map(FrameworkMapper::mapping).toList(),
                links(framework));
    }

    FrameworkLinks links(Framework framework) {
        URI self = apiBase.resolve("frameworks/" + framework.getKey());
        return new FrameworkLinks(self.toString(), self + "/case");
    }

    private static FrameworkDetail.Band band(Framework framework, ProficiencyBand band) {
        List<Integer> numbers = framework.getLevels().stream()
                .filter(level -> level.getBand() != null && Objects.equals(level.getBand().getCode(), band.getCode()))
                .map(ProficiencyLevel::getNumber)
                .toList();
        return new FrameworkDetail.Band(band.getCode(), LocalizedTextDto.of(band.getTitle()),
                LocalizedTextDto.of(band.getDescription()), numbers);
    }

    private static FrameworkDetail.Level level(ProficiencyLevel level) {
        return new FrameworkDetail.Level(level.getNumber(), level.getBand() == null ? null : level.getBand().getCode(),
                level.getUuid().toString(), LocalizedTextDto.of(level.getTitle()), LocalizedTextDto.of(level.getDescription()));
    }

    /** Competences come from the framework's own list: the area's list may keep one a reload removed. */
    private static FrameworkDetail.Area area(Framework framework, CompetenceArea area) {
        return new FrameworkDetail.Area(area.getCode(), area.getUuid().toString(), LocalizedTextDto.of(area.getTitle()),
                LocalizedTextDto.of(area.getDescription()),
                framework.getCompetences().stream().filter(c -> c.getArea() != null && c.getArea().getCode().equals(area.getCode()))
                        .map(FrameworkMapper::competence).toList());
    }

    private static FrameworkDetail.Competence competence(Competence competence) {
        return new FrameworkDetail.Competence(competence.getCode(), competence.getUuid().toString(),
                LocalizedTextDto.of(competence.getTitle()), LocalizedTextDto.of(competence.getDescription()));
    }

    private static FrameworkDetail.Mapping mapping(FrameworkMapping mapping) {
        return new FrameworkDetail.Mapping(mapping.getSource().getKey(), mapping.getTarget().getKey(),
                mapping.getEntries().stream().map(entry -> new FrameworkDetail.MappingEntry(
                        entry.getKind().name().toLowerCase(Locale.ROOT), entry.getSourceCode(),
                        entry.getRelation().caseName(), entry.getTargetCode())).toList());
    }
}
