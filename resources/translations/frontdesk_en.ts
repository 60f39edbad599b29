<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>FrontDesk</source>
        <translation>FrontDesk</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own now.</source>
        <translation>Your password was set by the administrator. Choose your own now.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>The database file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is not a readable database: {error}</source>
        <translation>{path} is not a readable database: {error}</translation>
    </message>
    <message>
        <source>{path} is not a sound FrontDesk backup; nothing was restored.</source>
        <translation>{path} is not a sound FrontDesk backup; nothing was restored.</translation>
    </message>
    <message>
        <source>This backup was written by a newer version of FrontDesk (schema {found}); nothing was restored.</source>
        <translation>This backup was written by a newer version of FrontDesk (schema {found}); nothing was restored.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>The backup file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is not a FrontDesk database; it was not changed.</source>
        <translation>{path} is not a FrontDesk database; it was not changed.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of FrontDesk (schema {found}; this program knows up to {known}). Install the newer version to open it.</source>
        <translation>This database was written by a newer version of FrontDesk (schema {found}; this program knows up to {known}). Install the newer version to open it.</translation>
    </message>
    <message>
        <source>{path} already exists; the demo office is only built in a new file.</source>
        <translation>{path} already exists; the demo office is only built in a new file.</translation>
    </message>
    <message>
        <source>Your role does not allow this: {action}.</source>
        <translation>Your role does not allow this: {action}.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation>Wrong login name or password.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator to enable it.</source>
        <translation>This account is disabled. Ask the administrator to enable it.</translation>
    </message>
    <message>
        <source>This account is locked after {n} failed logins. Try again after {until}.</source>
        <translation>This account is locked after {n} failed logins. Try again after {until}.</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <source>The login name is required.</source>
        <translation>The login name is required.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>The login name {login} is already taken.</source>
        <translation>The login name {login} is already taken.</translation>
    </message>
    <message>
        <source>This office has already been set up.</source>
        <translation>This office has already been set up.</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>That user no longer exists.</translation>
    </message>
    <message>
        <source>The office must keep at least one active administrator.</source>
        <translation>The office must keep at least one active administrator.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>That repair order no longer exists.</source>
        <translation>That repair order no longer exists.</translation>
    </message>
    <message>
        <source>There is no repair order {number}.</source>
        <translation>There is no repair order {number}.</translation>
    </message>
    <message>
        <source>Unknown urgency: {urgency}.</source>
        <translation>Unknown urgency: {urgency}.</translation>
    </message>
    <message>
        <source>A deadline must be between 1 minute and {days} days.</source>
        <translation>A deadline must be between 1 minute and {days} days.</translation>
    </message>
    <message>
        <source>The completion deadline cannot be shorter than the acceptance one.</source>
        <translation>The completion deadline cannot be shorter than the acceptance one.</translation>
    </message>
    <message>
        <source>The time {time} is in the future.</source>
        <translation>The time {time} is in the future.</translation>
    </message>
    <message>
        <source>The time {time} cannot be before the previous step ({step} at {earlier}).</source>
        <translation>The time {time} cannot be before the previous step ({step} at {earlier}).</translation>
    </message>
    <message>
        <source>This field may have at most {n} characters.</source>
        <translation>This field may have at most {n} characters.</translation>
    </message>
    <message>
        <source>Unknown source: {source}.</source>
        <translation>Unknown source: {source}.</translation>
    </message>
    <message>
        <source>The room or location is required.</source>
        <translation>The room or location is required.</translation>
    </message>
    <message>
        <source>The content of the repair is required.</source>
        <translation>The content of the repair is required.</translation>
    </message>
    <message>
        <source>An urgent repair needs its cause: what stops the office&apos;s work (for example a water or power cut).</source>
        <translation>An urgent repair needs its cause: what stops the office&apos;s work (for example a water or power cut).</translation>
    </message>
    <message>
        <source>Choose the category of the repair.</source>
        <translation>Choose the category of the repair.</translation>
    </message>
    <message>
        <source>The category {name} is no longer in use.</source>
        <translation>The category {name} is no longer in use.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; its registration can only be changed before engineering accepts it.</source>
        <translation>Order {number} is {status}; its registration can only be changed before engineering accepts it.</translation>
    </message>
    <message>
        <source>The report time of order {number} must stay on {day}, the day of its number; cancel the order and register it again instead.</source>
        <translation>The report time of order {number} must stay on {day}, the day of its number; cancel the order and register it again instead.</translation>
    </message>
    <message>
        <source>The report time {time} cannot be after the dispatch ({dispatched}).</source>
        <translation>The report time {time} cannot be after the dispatch ({dispatched}).</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a registered order can be dispatched.</source>
        <translation>Order {number} is {status}; only a registered order can be dispatched.</translation>
    </message>
    <message>
        <source>Name the engineer the order is dispatched to.</source>
        <translation>Name the engineer the order is dispatched to.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; it has no paper copy out with engineering.</source>
        <translation>Order {number} is {status}; it has no paper copy out with engineering.</translation>
    </message>
    <message>
        <source>The paper copy of order {number} has already been returned.</source>
        <translation>The paper copy of order {number} has already been returned.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a dispatched order can be accepted.</source>
        <translation>Order {number} is {status}; only a dispatched order can be accepted.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only an order in progress can be completed.</source>
        <translation>Order {number} is {status}; only an order in progress can be completed.</translation>
    </message>
    <message>
        <source>Say what work was done.</source>
        <translation>Say what work was done.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only completed work can be checked.</source>
        <translation>Order {number} is {status}; only completed work can be checked.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only completed work can be sent back.</source>
        <translation>Order {number} is {status}; only completed work can be sent back.</translation>
    </message>
    <message>
        <source>Say why the work is sent back.</source>
        <translation>Say why the work is sent back.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; the customer is called back only after the work has been checked.</source>
        <translation>Order {number} is {status}; the customer is called back only after the work has been checked.</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s verdict.</source>
        <translation>Choose the customer&apos;s verdict.</translation>
    </message>
    <message>
        <source>Write down what the customer is unsatisfied with.</source>
        <translation>Write down what the customer is unsatisfied with.</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only an order not yet completed can be cancelled.</source>
        <translation>Order {number} is {status}; only an order not yet completed can be cancelled.</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>Say why the order is cancelled.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-03.</source>
        <translation>Give the month as YYYY-MM, for example 2026-03.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <source>The office name may have at most 60 characters.</source>
        <translation>The office name may have at most 60 characters.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>{name} already exists in this list.</source>
        <translation>{name} already exists in this list.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>That entry no longer exists.</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Unticked: all dates</source>
        <translation>Unticked: all dates</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Search: {text}</source>
        <translation>Search: {text}</translation>
    </message>
    <message>
        <source>Dates: {start} – {end}</source>
        <translation>Dates: {start} – {end}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row(s)</numerusform>
            <numerusform>%n row(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>User created</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>User changed</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>User enabled</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>User disabled</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Department added</source>
        <translation>Department added</translation>
    </message>
    <message>
        <source>Department changed</source>
        <translation>Department changed</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>Repair orders</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Accept by</source>
        <translation>Accept by</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>Complete by</translation>
    </message>
    <message>
        <source>Repair registered</source>
        <translation>Repair registered</translation>
    </message>
    <message>
        <source>Repair order changed</source>
        <translation>Repair order changed</translation>
    </message>
    <message>
        <source>Repair dispatched</source>
        <translation>Repair dispatched</translation>
    </message>
    <message>
        <source>Service order paper returned</source>
        <translation>Service order paper returned</translation>
    </message>
    <message>
        <source>Repair accepted</source>
        <translation>Repair accepted</translation>
    </message>
    <message>
        <source>Repair completed</source>
        <translation>Repair completed</translation>
    </message>
    <message>
        <source>Repair checked</source>
        <translation>Repair checked</translation>
    </message>
    <message>
        <source>Repair sent back</source>
        <translation>Repair sent back</translation>
    </message>
    <message>
        <source>Customer called back</source>
        <translation>Customer called back</translation>
    </message>
    <message>
        <source>Repair cancelled</source>
        <translation>Repair cancelled</translation>
    </message>
    <message>
        <source>Repair category added</source>
        <translation>Repair category added</translation>
    </message>
    <message>
        <source>Repair category changed</source>
        <translation>Repair category changed</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — FrontDesk</source>
        <translation>Log in — FrontDesk</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>Type your login name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception log</source>
        <translation>Reception log</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>Repair orders</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Sign requests</source>
        <translation>Sign requests</translation>
    </message>
    <message>
        <source>Vendor scoring</source>
        <translation>Vendor scoring</translation>
    </message>
    <message>
        <source>FrontDesk — {office}</source>
        <translation>FrontDesk — {office}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Export current list…</source>
        <translation>Export current list…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About FrontDesk</source>
        <translation>About FrontDesk</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Role: {roles}</source>
        <translation>Role: {roles}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>Back up into which folder?</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>The data was backed up to
{path}</source>
        <translation>The data was backed up to
{path}</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Restore which backup?</translation>
    </message>
    <message>
        <source>FrontDesk backups (*.sqlite)</source>
        <translation>FrontDesk backups (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace all the data with the backup
{file}?

The present data is kept in a copy beside the database. You will log in again afterwards.</source>
        <translation>Replace all the data with the backup
{file}?

The present data is kept in a copy beside the database. You will log in again afterwards.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <source>The replaced data was kept as
{path}</source>
        <translation>The replaced data was kept as
{path}</translation>
    </message>
    <message>
        <source>{n} rows exported</source>
        <translation>{n} rows exported</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FrontDesk {version}&lt;/h3&gt;&lt;p&gt;The customer-service office&apos;s desk for a property service center: reception log, repair orders, warehouse, sign requests and vendor scoring.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FrontDesk {version}&lt;/h3&gt;&lt;p&gt;The customer-service office&apos;s desk for a property service center: reception log, repair orders, warehouse, sign requests and vendor scoring.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <source>Check (pass)</source>
        <translation>Check (pass)</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation>Call back…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Paper returned</source>
        <translation>Paper returned</translation>
    </message>
    <message>
        <source>Print service order</source>
        <translation>Print service order</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>Monthly report…</translation>
    </message>
    <message>
        <source>Register a new repair order (Ctrl+N)</source>
        <translation>Register a new repair order (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the order: details, timeline, earlier orders (Enter)</source>
        <translation>Open the order: details, timeline, earlier orders (Enter)</translation>
    </message>
    <message>
        <source>Hand the order to engineering and print its service order</source>
        <translation>Hand the order to engineering and print its service order</translation>
    </message>
    <message>
        <source>Engineering takes the order: it is now in progress</source>
        <translation>Engineering takes the order: it is now in progress</translation>
    </message>
    <message>
        <source>Engineering reports the work done</source>
        <translation>Engineering reports the work done</translation>
    </message>
    <message>
        <source>The completed work passes the check</source>
        <translation>The completed work passes the check</translation>
    </message>
    <message>
        <source>The work is not right: back to engineering with the reason</source>
        <translation>The work is not right: back to engineering with the reason</translation>
    </message>
    <message>
        <source>Record the customer&apos;s verdict</source>
        <translation>Record the customer&apos;s verdict</translation>
    </message>
    <message>
        <source>Cancel an order not yet completed, with the reason</source>
        <translation>Cancel an order not yet completed, with the reason</translation>
    </message>
    <message>
        <source>Engineering brought back the signed paper copy (all selected orders)</source>
        <translation>Engineering brought back the signed paper copy (all selected orders)</translation>
    </message>
    <message>
        <source>Print the 工程服务单 (two copies on one sheet)</source>
        <translation>Print the 工程服务单 (two copies on one sheet)</translation>
    </message>
    <message>
        <source>Print the monthly repair report</source>
        <translation>Print the monthly repair report</translation>
    </message>
    <message>
        <source>Repair order {number}</source>
        <translation>Repair order {number}</translation>
    </message>
    <message>
        <source>Print the service order</source>
        <translation>Print the service order</translation>
    </message>
    <message>
        <source>Order {number} is dispatched to {engineer}. Print its service order now?</source>
        <translation>Order {number} is dispatched to {engineer}. Print its service order now?</translation>
    </message>
    <message>
        <source>Engineering accepts order {number} now?</source>
        <translation>Engineering accepts order {number} now?</translation>
    </message>
    <message>
        <source>The work on order {number} passes the check? The customer is called back next.</source>
        <translation>The work on order {number} passes the check? The customer is called back next.</translation>
    </message>
    <message numerus="yes">
        <source>Mark the signed paper copy returned for %n order(s): {numbers}?</source>
        <translation>
            <numerusform>Mark the signed paper copy returned for %n order(s): {numbers}?</numerusform>
            <numerusform>Mark the signed paper copy returned for %n order(s): {numbers}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Service order {number}</source>
        <translation>Service order {number}</translation>
    </message>
    <message>
        <source>Preparing the monthly report…</source>
        <translation>Preparing the monthly report…</translation>
    </message>
    <message>
        <source>Monthly repair report {month}</source>
        <translation>Monthly repair report {month}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Double-click or Enter opens an earlier order</source>
        <translation>Double-click or Enter opens an earlier order</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <translation>Paper copy</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Repair order {number}</source>
        <translation>Repair order {number}</translation>
    </message>
    <message>
        <source>{urgency} — {cause}</source>
        <translation>{urgency} — {cause}</translation>
    </message>
    <message>
        <source>Returned {time}</source>
        <translation>Returned {time}</translation>
    </message>
    <message>
        <source>Not returned yet</source>
        <translation>Not returned yet</translation>
    </message>
    <message>
        <source>{time} ({late} late)</source>
        <translation>{time} ({late} late)</translation>
    </message>
    <message>
        <source>{engineer}, dispatched {time}</source>
        <translation>{engineer}, dispatched {time}</translation>
    </message>
    <message>
        <source>accept by {accept}, complete by {complete}</source>
        <translation>accept by {accept}, complete by {complete}</translation>
    </message>
    <message numerus="yes">
        <source>{time} (sent back %n time(s))</source>
        <translation>
            <numerusform>{time} (sent back %n time(s))</numerusform>
            <numerusform>{time} (sent back %n time(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Changed: {fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>To {engineer}</source>
        <translation>To {engineer}</translation>
    </message>
    <message numerus="yes">
        <source>Other orders of this room or phone (the latest %n)</source>
        <translation>
            <numerusform>Other orders of this room or phone (the latest %n)</numerusform>
            <numerusform>Other orders of this room or phone (the latest %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other orders of this room or phone (%n)</source>
        <translation>
            <numerusform>Other orders of this room or phone (%n)</numerusform>
            <numerusform>Other orders of this room or phone (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <source>“{title}” is not built yet. It arrives with its own issue; until then this tab is empty.</source>
        <translation>“{title}” is not built yet. It arrives with its own issue; until then this tab is empty.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>enter records</source>
        <translation>enter records</translation>
    </message>
    <message>
        <source>review records</source>
        <translation>review records</translation>
    </message>
    <message>
        <source>approve and confirm</source>
        <translation>approve and confirm</translation>
    </message>
    <message>
        <source>sign issue slips</source>
        <translation>sign issue slips</translation>
    </message>
    <message>
        <source>accept and complete repair work</source>
        <translation>accept and complete repair work</translation>
    </message>
    <message>
        <source>keep the storeroom</source>
        <translation>keep the storeroom</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>change the office settings</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>back up the data</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <source>register and edit repair orders</source>
        <translation>register and edit repair orders</translation>
    </message>
    <message>
        <source>dispatch repair orders</source>
        <translation>dispatch repair orders</translation>
    </message>
    <message>
        <source>check completed repair work</source>
        <translation>check completed repair work</translation>
    </message>
    <message>
        <source>call customers back about repairs</source>
        <translation>call customers back about repairs</translation>
    </message>
    <message>
        <source>cancel repair orders</source>
        <translation>cancel repair orders</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>The document could not be read (error: {error}).</source>
        <translation>The document could not be read (error: {error}).</translation>
    </message>
    <message>
        <source>The printer {printer} could not be opened.</source>
        <translation>The printer {printer} could not be opened.</translation>
    </message>
    <message>
        <source>The printer stopped while printing.</source>
        <translation>The printer stopped while printing.</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
    <message>
        <source>Cannot show the document</source>
        <translation>Cannot show the document</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>Throw away what you typed in this form?</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} may be at most {limit} characters long (now {length}).</source>
        <translation>{label} may be at most {limit} characters long (now {length}).</translation>
    </message>
    <message>
        <source>{label}: a phone number may contain only digits, spaces and hyphens.</source>
        <translation>{label}: a phone number may contain only digits, spaces and hyphens.</translation>
    </message>
    <message>
        <source>{label} may contain only digits.</source>
        <translation>{label} may contain only digits.</translation>
    </message>
    <message>
        <source>{label} must be a number, such as 12.50.</source>
        <translation>{label} must be a number, such as 12.50.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} must be a whole number.</translation>
    </message>
    <message>
        <source>{label} may have at most {places} decimal places.</source>
        <translation>{label} may have at most {places} decimal places.</translation>
    </message>
    <message>
        <source>{label} is not a valid date; type it as 2024-05-01.</source>
        <translation>{label} is not a valid date; type it as 2024-05-01.</translation>
    </message>
    <message>
        <source>{label} is not a valid date and time; type it as 2024-05-01 14:30.</source>
        <translation>{label} is not a valid date and time; type it as 2024-05-01 14:30.</translation>
    </message>
    <message>
        <source>Pick from a calendar (F4)</source>
        <translation>Pick from a calendar (F4)</translation>
    </message>
</context>
<context>
    <name>RepairForms</name>
    <message>
        <source>Filled in from the room or phone when known</source>
        <translation>Filled in from the room or phone when known</translation>
    </message>
    <message>
        <source>e.g. 1203 or B1 car park</source>
        <translation>e.g. 1203 or B1 car park</translation>
    </message>
    <message>
        <source>Phone or extension</source>
        <translation>Phone or extension</translation>
    </message>
    <message>
        <source>Urgent only: what stops the work (water cut, power cut…)</source>
        <translation>Urgent only: what stops the work (water cut, power cut…)</translation>
    </message>
    <message>
        <source>What is wrong, where exactly</source>
        <translation>What is wrong, where exactly</translation>
    </message>
    <message>
        <source>When the customer reported it; change it when typing in a paper slip afterwards</source>
        <translation>When the customer reported it; change it when typing in a paper slip afterwards</translation>
    </message>
    <message>
        <source>New repair order</source>
        <translation>New repair order</translation>
    </message>
    <message>
        <source>Edit repair order {number}</source>
        <translation>Edit repair order {number}</translation>
    </message>
    <message>
        <source>Changes are kept in the order&apos;s timeline and the audit log.</source>
        <translation>Changes are kept in the order&apos;s timeline and the audit log.</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Type or pick the engineer</source>
        <translation>Type or pick the engineer</translation>
    </message>
    <message>
        <source>Dispatched at</source>
        <translation>Dispatched at</translation>
    </message>
    <message>
        <source>Dispatch order {number}</source>
        <translation>Dispatch order {number}</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>{location}: {content}</source>
        <translation>{location}: {content}</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <source>When engineering finished, as they report it</source>
        <translation>When engineering finished, as they report it</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>Materials used</translation>
    </message>
    <message>
        <source>Complete order {number}</source>
        <translation>Complete order {number}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>What is not right with the work</source>
        <translation>What is not right with the work</translation>
    </message>
    <message>
        <source>Send order {number} back</source>
        <translation>Send order {number} back</translation>
    </message>
    <message>
        <source>The order goes back to engineering (in progress) with this reason.</source>
        <translation>The order goes back to engineering (in progress) with this reason.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Customer&apos;s verdict</source>
        <translation>Customer&apos;s verdict</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>What the customer said (required when unsatisfied)</source>
        <translation>What the customer said (required when unsatisfied)</translation>
    </message>
    <message>
        <source>Call {reporter} ({phone}) about: {content}

“{unsatisfied}” reopens the order: it goes back to engineering (in progress).</source>
        <translation>Call {reporter} ({phone}) about: {content}

“{unsatisfied}” reopens the order: it goes back to engineering (in progress).</translation>
    </message>
    <message>
        <source>Call back about order {number}</source>
        <translation>Call back about order {number}</translation>
    </message>
    <message>
        <source>Cancel order {number}</source>
        <translation>Cancel order {number}</translation>
    </message>
    <message>
        <source>The order and its number stay, marked cancelled.</source>
        <translation>The order and its number stay, marked cancelled.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Monthly repair report</source>
        <translation>Monthly repair report</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>RepairLabels</name>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{late} late to accept</source>
        <translation>{late} late to accept</translation>
    </message>
    <message>
        <source>{late} late to complete</source>
        <translation>{late} late to complete</translation>
    </message>
    <message>
        <source>Not accepted in time: {late} late</source>
        <translation>Not accepted in time: {late} late</translation>
    </message>
    <message>
        <source>Not completed in time: {late} late</source>
        <translation>Not completed in time: {late} late</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Paper copy returned</source>
        <translation>Paper copy returned</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Report time</source>
        <translation>Report time</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Department or company</source>
        <translation>Department or company</translation>
    </message>
    <message>
        <source>Room or location</source>
        <translation>Room or location</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Cause of urgency</source>
        <translation>Cause of urgency</translation>
    </message>
</context>
<context>
    <name>RepairsSettingsPage</name>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
    <message>
        <source>Deadlines (from the report time; nights and holidays count)</source>
        <translation>Deadlines (from the report time; nights and holidays count)</translation>
    </message>
    <message>
        <source>Accept within</source>
        <translation>Accept within</translation>
    </message>
    <message>
        <source>Complete within</source>
        <translation>Complete within</translation>
    </message>
    <message>
        <source>Save deadlines</source>
        <translation>Save deadlines</translation>
    </message>
    <message>
        <source>Saved. New orders get these deadlines.</source>
        <translation>Saved. New orders get these deadlines.</translation>
    </message>
    <message>
        <source>Repair categories</source>
        <translation>Repair categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>In use / not in use</source>
        <translation>In use / not in use</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New repair category</source>
        <translation>New repair category</translation>
    </message>
    <message>
        <source>Rename repair category</source>
        <translation>Rename repair category</translation>
    </message>
</context>
<context>
    <name>RepairsTab</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All urgencies</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Papers not returned</source>
        <translation>Papers not returned</translation>
    </message>
    <message>
        <source>未回单: dispatched orders whose signed paper copy engineering has not brought back. Select them and press “Paper returned”.</source>
        <translation>未回单: dispatched orders whose signed paper copy engineering has not brought back. Select them and press “Paper returned”.</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <source>Overdue: {overdue}    Papers not returned: {papers}</source>
        <translation>Overdue: {overdue}    Papers not returned: {papers}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>Repair orders</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Office name (printed on every form)</source>
        <translation>Office name (printed on every form)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation>Enable / disable</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>Add department</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Temporary password for {name} (they must change it at the next login)</source>
        <translation>Temporary password for {name} (they must change it at the next login)</translation>
    </message>
    <message>
        <source>User list</source>
        <translation>User list</translation>
    </message>
    <message>
        <source>Interface language of this desk</source>
        <translation>Interface language of this desk</translation>
    </message>
    <message>
        <source>The new language takes effect when FrontDesk starts again.</source>
        <translation>The new language takes effect when FrontDesk starts again.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>The user must change this password at the first login.</source>
        <translation>The user must change this password at the first login.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to FrontDesk</source>
        <translation>Welcome to FrontDesk</translation>
    </message>
    <message>
        <source>FrontDesk keeps the customer-service office&apos;s records: visitors, repair orders, the storeroom, sign requests and vendor scores.

This desk has no office yet. Set up your own, or look around the demo office first.</source>
        <translation>FrontDesk keeps the customer-service office&apos;s records: visitors, repair orders, the storeroom, sign requests and vendor scores.

This desk has no office yet. Set up your own, or look around the demo office first.</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Set up my office</translation>
    </message>
    <message>
        <source>Open the demo office</source>
        <translation>Open the demo office</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Data file: {path}</translation>
    </message>
    <message>
        <source>e.g. Hengxin Tower Property Service Center</source>
        <translation>e.g. Hengxin Tower Property Service Center</translation>
    </message>
    <message>
        <source>Office name (printed on every form)</source>
        <translation>Office name (printed on every form)</translation>
    </message>
    <message>
        <source>Administrator&apos;s login name</source>
        <translation>Administrator&apos;s login name</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Administrator&apos;s full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>The administrator also holds the manager&apos;s role; both can be changed later in Settings.</source>
        <translation>The administrator also holds the manager&apos;s role; both can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Building the demo office…</translation>
    </message>
    <message>
        <source>The demo office has no demo manager.</source>
        <translation>The demo office has no demo manager.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
