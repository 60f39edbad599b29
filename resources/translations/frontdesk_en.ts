<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Repair orders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Warehouse</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Sign requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Vendor scoring</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a sound FrontDesk backup; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was written by a newer version of FrontDesk (schema {found}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a FrontDesk database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of FrontDesk (schema {found}; this program knows up to {known}). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; the demo office is only built in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this: {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after {n} failed logins. Try again after {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name {login} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has already been set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office must keep at least one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That repair order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no repair order {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair category {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That repair category no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown urgency: {urgency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline must be between 1 minute and {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion deadline cannot be shorter than the acceptance one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time {time} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time {time} cannot be before the previous step ({step} at {earlier}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field may have at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown source: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room or location is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the repair is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent repair needs its cause: what stops the office&apos;s work (for example a water or power cut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category of the repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category {name} is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; its registration can only be changed before engineering accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report time of order {number} must stay on {day}, the day of its number; cancel the order and register it again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report time {time} cannot be after the dispatch ({dispatched}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a registered order can be dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the engineer the order is dispatched to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; it has no paper copy out with engineering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper copy of order {number} has already been returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a dispatched order can be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; only an order in progress can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what work was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; only completed work can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; only completed work can be sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the work is sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; the customer is called back only after the work has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the customer is unsatisfied with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is {status}; only an order not yet completed can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office name may have at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked: all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FrontDesk — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was backed up to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all the data with the backup
{file}?

The present data is kept in a copy beside the database. You will log in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced data was kept as
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;FrontDesk {version}&lt;/h3&gt;&lt;p&gt;The customer-service office&apos;s desk for a property service center: reception log, repair orders, warehouse, sign requests and vendor scoring.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <source>“{title}” is not built yet. It arrives with its own issue; until then this tab is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>enter records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve and confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign issue slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept and complete repair work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the storeroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register and edit repair orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch repair orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check completed repair work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call customers back about repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel repair orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>The document could not be read (error: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {printer} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped while printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>MainWindow</source>
        <comment>Reception log</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} may be at most {limit} characters long (now {length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a phone number may contain only digits, spaces and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number, such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} may have at most {places} decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a valid date; type it as 2024-05-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a valid date and time; type it as 2024-05-01 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar (F4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper copy returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (printed on every form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for {name} (they must change it at the next login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language of this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when FrontDesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must change this password at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to FrontDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FrontDesk keeps the customer-service office&apos;s records: visitors, repair orders, the storeroom, sign requests and vendor scores.

This desk has no office yet. Set up your own, or look around the demo office first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Hengxin Tower Property Service Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (printed on every form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator also holds the manager&apos;s role; both can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo office has no demo manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
