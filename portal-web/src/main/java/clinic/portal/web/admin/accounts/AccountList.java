package clinic.portal.web.admin.accounts;

import clinic.portal.domain.account.Role;
import clinic.portal.ejb.account.AccountService;
import clinic.portal.ejb.account.AccountSummary;
import clinic.portal.ejb.account.SignInThrottle;
import clinic.portal.web.PagedModel;
import clinic.portal.web.security.SignedInSessions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * Backs {@code /admin/accounts/index.xhtml}: a paged list searched by text and role, loaded a page at a
 * time by the database, with the administrator's actions on each account.
 */
@Named
@ViewScoped
public class AccountList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SignedInSessions signedIn;

    private String search;
    private Role role;
    private LazyDataModel<AccountSummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> accounts.count(search, role),
                (first, max) -> accounts.search(search, role, first, max), AccountSummary::id);
    }

    /** Whether sign-ins to the account are being slowed down now (after repeated wrong passwords). */
    public boolean slowed(AccountSummary account) {
        return throttle.isSlowed(account.username());
    }

    public void disable(AccountSummary account) {
        act(() -> accounts.disable(account.id()), "account.disabled", account);
        signedIn.endAll(account.username(), null);
    }

    public void enable(AccountSummary account) {
        act(() -> accounts.enable(account.id()), "account.enabled", account);
    }

    public void unlock(AccountSummary account) {
        act(() -> accounts.unlock(account.id()), "account.unlocked", account);
    }

    private void act(Runnable action, String doneKey, AccountSummary account) {
        action.run();
        Messages.addGlobalInfo(doneKey, account.displayName());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LazyDataModel<AccountSummary> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
