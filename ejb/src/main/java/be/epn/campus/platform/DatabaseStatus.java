package be.epn.campus.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Answers whether the database answers: for readiness checks. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStatus {

    @Resource(lookup = "java:app/jdbc/campus")
    private DataSource dataSource;

    /** True when a connection can be had and is valid within two seconds. */
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
