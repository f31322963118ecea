app-name = undersigned
app-tagline = Joint statements, signed by organisations.
skip-to-content = Skip to content
nav-home = Home
nav-admin = Coordinators
footer-note = Contact details of signers are never published.

home-title = Joint statements
home-intro = Statements open for signature and published statements appear here.
home-empty = There are no public statements yet.

error-back-home = Back to the home page
error-400-title = The request could not be understood
error-403-title = Not allowed
error-403-text = You do not have permission to do this.
error-404-title = Page not found
error-404-text = There is nothing at this address. Check the link, or start from the home page.
error-405-title = Method not allowed
error-410-title = No longer available
error-413-title = Too much data
error-413-text = What you sent is larger than this site accepts.
error-422-title = Please check what you entered
error-429-title = Too many attempts
error-500-title = Something went wrong
error-500-text = An unexpected error happened on our side. Nothing you entered was published; please try again in a moment.
error-503-title = Temporarily unavailable
error-503-text = The service cannot reach its database right now. Please try again in a moment.
