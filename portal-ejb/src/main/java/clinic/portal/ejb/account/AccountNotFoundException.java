package clinic.portal.ejb.account;

import clinic.portal.ejb.NotFoundException;

/** The account asked for does not exist. */
public class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(long id) {
        super("account", id);
    }
}
