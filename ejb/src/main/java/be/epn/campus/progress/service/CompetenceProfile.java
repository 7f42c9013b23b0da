package be.epn.campus.progress.service;

import be.epn.campus.framework.model.Competence;
import be.epn.campus.platform.LocalizedText;
import be.epn.campus.progress.model.Autonomy;
import be.epn.campus.progress.model.CompetenceEvidence;
import be.epn.campus.progress.model.EvidenceSource;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's level per competence, each with the evidence behind it, grouped by area for the picture on the
 * learner's page. The level is the highest evidenced; every piece of evidence stays visible.
 */
public record CompetenceProfile(List<Area> areas) {

    public record Area(String code, LocalizedText title, List<Reached> competences) {
    }

    public record Reached(String code, LocalizedText title, int level, List<Evidence> evidence) {
    }

    public record Evidence(int level, EvidenceSource source, String module, Autonomy autonomy, String epn, LocalDateTime at) {
    }

    static CompetenceProfile of(List<CompetenceEvidence> all) {
        Map<Competence, List<CompetenceEvidence>> byCompetence = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((CompetenceEvidence e) -> e.getCompetence().getArea().getPosition())
                        .thenComparing(e -> e.getCompetence().getPosition()))
                .forEach(e -> byCompetence.computeIfAbsent(e.getCompetence(), c -> new ArrayList<>()).add(e));
        Map<String, Area> areas = new LinkedHashMap<>();
        byCompetence.forEach((competence, evidence) -> {
            var area = competence.getArea();
            Area row = areas.computeIfAbsent(area.getCode(), code -> new Area(code, area.getTitle(), new ArrayList<>()));
            row.competences().add(new Reached(competence.getCode(), competence.getTitle(),
                    evidence.stream().mapToInt(CompetenceEvidence::getLevel).max().orElse(0),
                    evidence.stream().map(e -> new Evidence(e.getLevel(), e.getSource(),
                            e.getModule() == null ? null : e.getModule().getKey(), e.getAutonomy(),
                            e.getEpn() == null ? null : e.getEpn().getName(), e.getRecordedAt())).toList()));
        });
        return new CompetenceProfile(List.copyOf(areas.values()));
    }
}
