package clinic.portal.ejb.setup;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A data source whose driver follows its JDBC URL, so that {@code PORTAL_DB_URL} alone switches the same WAR
 * between the embedded H2 database and PostgreSQL.
 * <p>
 * {@code @DataSourceDefinition} needs one class name at compile time; this class is that name. Payara pools
 * the connections it hands out; this class only picks and configures the vendor's own data source.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Map<String, String> VENDOR_DATA_SOURCES = Map.of(
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource",
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource");

    private String url;
    private String user;
    private String password;
    private volatile DataSource vendor;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return vendor().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return vendor().getConnection(username, password);
    }

    private DataSource vendor() throws SQLException {
        DataSource ds = vendor;
        if (ds == null) {
            synchronized (this) {
                if (vendor == null) {
                    vendor = createVendor();
                }
                ds = vendor;
            }
        }
        return ds;
    }

    private DataSource createVendor() throws SQLException {
        String className = VENDOR_DATA_SOURCES.entrySet().stream()
                .filter(e -> url != null && url.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new SQLException("Unsupported database URL (use jdbc:h2: or jdbc:postgresql:): " + url));
        try {
            Class<?> type = Class.forName(className, true, ConfiguredDataSource.class.getClassLoader());
            DataSource ds = (DataSource) type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(ds, url);
            type.getMethod("setUser", String.class).invoke(ds, user);
            type.getMethod("setPassword", String.class).invoke(ds, password);
            return ds;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new SQLException("Cannot configure " + className, cause);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The vendor data source logs through its own logger.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // Connection time-outs belong in the JDBC URL.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return vendor().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || vendor().isWrapperFor(iface);
    }
}
