package be.epn.campus.people.service;

import be.epn.campus.platform.audit.AuditAction;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One line of the audit log as a coordinator reads it. Names are looked up at reading time from the
 * person rows (the log itself holds ids only), so an erased person shows as erased.
 */
public record AuditLine(LocalDateTime at, UUID actor, String actorName, AuditAction action, UUID subject,
                        String subjectName, String epnName, String detail) {
}
