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
    <name>Audit</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>Password storage</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>upgraded</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>one login per name, in any case</source>
        <translation>one login per name, in any case</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>Kind of case</translation>
    </message>
    <message>
        <source>Called back at</source>
        <translation>Called back at</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Person spoken to</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>Called back by</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Answer promised by</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <source>Followed up at</source>
        <translation>Followed up at</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Paper returned</source>
        <translation>Paper returned</translation>
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
        <source>Checked</source>
        <translation>Checked</translation>
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
        <source>Customer&apos;s comment</source>
        <translation>Customer&apos;s comment</translation>
    </message>
    <message>
        <source>Times sent back</source>
        <translation>Times sent back</translation>
    </message>
    <message>
        <source>Minutes to accept a normal order</source>
        <translation>Minutes to accept a normal order</translation>
    </message>
    <message>
        <source>Minutes to complete a normal order</source>
        <translation>Minutes to complete a normal order</translation>
    </message>
    <message>
        <source>Minutes to accept an urgent order</source>
        <translation>Minutes to accept an urgent order</translation>
    </message>
    <message>
        <source>Minutes to complete an urgent order</source>
        <translation>Minutes to complete an urgent order</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>Office setting</source>
        <translation>Office setting</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Per failed check</source>
        <translation>Per failed check</translation>
    </message>
    <message>
        <source>Per failed check in % of the fee</source>
        <translation>Per failed check in % of the fee</translation>
    </message>
    <message>
        <source>Per late defect</source>
        <translation>Per late defect</translation>
    </message>
    <message>
        <source>Per late defect in % of the fee</source>
        <translation>Per late defect in % of the fee</translation>
    </message>
    <message>
        <source>Per missed treatment</source>
        <translation>Per missed treatment</translation>
    </message>
    <message>
        <source>Per missed treatment in % of the fee</source>
        <translation>Per missed treatment in % of the fee</translation>
    </message>
    <message>
        <source>Vendor kind</source>
        <translation>Vendor kind</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Lead on site</source>
        <translation>Lead on site</translation>
    </message>
    <message>
        <source>Vendor contract</source>
        <translation>Vendor contract</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monthly fee</translation>
    </message>
    <message>
        <source>Criteria template</source>
        <translation>Criteria template</translation>
    </message>
    <message>
        <source>Serious below</source>
        <translation>Serious below</translation>
    </message>
    <message>
        <source>Fee bands</source>
        <translation>Fee bands</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Vendor defect</source>
        <translation>Vendor defect</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Kind of defect</source>
        <translation>Kind of defect</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation>Fixed at</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Vendor&apos;s reply</source>
        <translation>Vendor&apos;s reply</translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation>Replied at</translation>
    </message>
    <message>
        <source>Re-inspected at</source>
        <translation>Re-inspected at</translation>
    </message>
    <message>
        <source>Re-inspected by</source>
        <translation>Re-inspected by</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Item category</source>
        <translation>Item category</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Issue slip</source>
        <translation>Issue slip</translation>
    </message>
    <message>
        <source>Purchase request</source>
        <translation>Purchase request</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>Counted quantity</translation>
    </message>
    <message>
        <source>Recounted quantity</source>
        <translation>Recounted quantity</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>Counted by</translation>
    </message>
    <message>
        <source>Recounted by</source>
        <translation>Recounted by</translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation>Supervised by</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>Losses</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>Month closed</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Weekend working days</source>
        <translation>Weekend working days</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <source>Density report</source>
        <translation>Density report</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Pest treatment</source>
        <translation>Pest treatment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Agent used</source>
        <translation>Agent used</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Contractor&apos;s signature</source>
        <translation>Contractor&apos;s signature</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>Asked for by</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>What for</translation>
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
    <name>AutomaticBackups</name>
    <message>
        <source>Backed up automatically to {path}</source>
        <translation>Backed up automatically to {path}</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <source>Last good backup: none yet</source>
        <translation>Last good backup: none yet</translation>
    </message>
    <message>
        <source>Last good backup: {when} ({age}), {path}</source>
        <translation>Last good backup: {when} ({age}), {path}</translation>
    </message>
</context>
<context>
    <name>BandsDialog</name>
    <message>
        <source>Score from</source>
        <translation>Score from</translation>
    </message>
    <message>
        <source>Below (top band: to 100)</source>
        <translation>Below (top band: to 100)</translation>
    </message>
    <message>
        <source>Fee reduced by %</source>
        <translation>Fee reduced by %</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Fee bands of contract {number}</source>
        <translation>Fee bands of contract {number}</translation>
    </message>
    <message>
        <source>The month&apos;s score picks the band; the bands must cover 0 to 100 without a gap or an overlap.</source>
        <translation>The month&apos;s score picks the band; the bands must cover 0 to 100 without a gap or an overlap.</translation>
    </message>
</context>
<context>
    <name>CallForms</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type 1–6 to choose</source>
        <translation>Type 1–6 to choose</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Department or company</source>
        <translation>Department or company</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>Answered now: the call is closed. Empty: it waits.</source>
        <translation>Answered now: the call is closed. Empty: it waits.</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>Repair category</translation>
    </message>
    <message>
        <source>Repairs only: the order&apos;s category</source>
        <translation>Repairs only: the order&apos;s category</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Cause of urgency</source>
        <translation>Cause of urgency</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Answer promised by</translation>
    </message>
    <message>
        <source>Empty: the next working day</source>
        <translation>Empty: the next working day</translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation>Time of the call</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>The caller&apos;s history</source>
        <translation>The caller&apos;s history</translation>
    </message>
    <message>
        <source>The caller&apos;s history: {count}</source>
        <translation>The caller&apos;s history: {count}</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <source>Answer call {number}</source>
        <translation>Answer call {number}</translation>
    </message>
    <message>
        <source>Repair order from call {number}</source>
        <translation>Repair order from call {number}</translation>
    </message>
    <message>
        <source>The order takes the call&apos;s room, caller, phone, unit and content: {room} {caller} — {content}</source>
        <translation>The order takes the call&apos;s room, caller, phone, unit and content: {room} {caller} — {content}</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Call {number}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <source>Promised by {time}</source>
        <translation>Promised by {time}</translation>
    </message>
    <message>
        <source>Repair order {number}: {status}</source>
        <translation>Repair order {number}: {status}</translation>
    </message>
    <message>
        <source>Suggestion {number}</source>
        <translation>Suggestion {number}</translation>
    </message>
    <message>
        <source>Complaint {number}: {status}</source>
        <translation>Complaint {number}: {status}</translation>
    </message>
    <message>
        <source>{number}: {caller} {phone}</source>
        <translation>{number}: {caller} {phone}</translation>
    </message>
    <message>
        <source>Repair order {number}</source>
        <translation>Repair order {number}</translation>
    </message>
    <message>
        <source>A complaint to register: “Register complaint” fills its form from the call.</source>
        <translation>A complaint to register: “Register complaint” fills its form from the call.</translation>
    </message>
</context>
<context>
    <name>CallbackForms</name>
    <message>
        <source>Customer&apos;s verdict</source>
        <translation>Customer&apos;s verdict</translation>
    </message>
    <message>
        <source>One key: 1, 2, 3, or 0 when the customer cannot answer now</source>
        <translation>One key: 1, 2, 3, or 0 when the customer cannot answer now</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Answer promised by</translation>
    </message>
    <message>
        <source>When the customer cannot answer now: when the office calls again</source>
        <translation>When the customer cannot answer now: when the office calls again</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Called at</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Spoken to</source>
        <translation>Spoken to</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>Called back by</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>{number}: call {customer} ({phone}), {room} — {summary}</source>
        <translation>{number}: call {customer} ({phone}), {room} — {summary}</translation>
    </message>
    <message>
        <source>“Unsatisfied” sends the case back to {owner} and it stays open.</source>
        <translation>“Unsatisfied” sends the case back to {owner} and it stays open.</translation>
    </message>
    <message>
        <source>Call back on {number}</source>
        <translation>Call back on {number}</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>Follow-up result</translation>
    </message>
    <message>
        <source>Followed up at</source>
        <translation>Followed up at</translation>
    </message>
    <message>
        <source>{number}: {customer} said “{words}”.</source>
        <translation>{number}: {customer} said “{words}”.</translation>
    </message>
    <message>
        <source>Answer promised by {time}.</source>
        <translation>Answer promised by {time}.</translation>
    </message>
    <message>
        <source>Follow-up on {number}</source>
        <translation>Follow-up on {number}</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
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
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>Answer promised</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Opinion consultation</source>
        <translation>Opinion consultation</translation>
    </message>
    <message>
        <source>{days} d {hours} h late</source>
        <translation>{days} d {hours} h late</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min late</source>
        <translation>{hours} h {minutes} min late</translation>
    </message>
    <message>
        <source>{minutes} min late</source>
        <translation>{minutes} min late</translation>
    </message>
    <message>
        <source>Cannot answer now</source>
        <translation>Cannot answer now</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>Pest control</source>
        <translation>Pest control</translation>
    </message>
</context>
<context>
    <name>CallbacksView</name>
    <message>
        <source>Call back…</source>
        <translation>Call back…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Record the customer&apos;s verdict on the case selected in the queue</source>
        <translation>Record the customer&apos;s verdict on the case selected in the queue</translation>
    </message>
    <message>
        <source>The promised answer, or the follow-up asked for</source>
        <translation>The promised answer, or the follow-up asked for</translation>
    </message>
    <message>
        <source>The manager has read this callback (部长审核)</source>
        <translation>The manager has read this callback (部长审核)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All waiting</source>
        <translation>All waiting</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>Answer promised</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>promised</translation>
    </message>
    <message>
        <source>Waiting for a callback: {count}, late: {late}</source>
        <translation>Waiting for a callback: {count}, late: {late}</translation>
    </message>
</context>
<context>
    <name>CallsSettings</name>
    <message>
        <source>Calls and suggestions</source>
        <translation>Calls and suggestions</translation>
    </message>
    <message>
        <source> working day(s)</source>
        <translation> working day(s)</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>the same day</translation>
    </message>
    <message>
        <source> day(s) later</source>
        <translation> day(s) later</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Answer promised within</source>
        <translation>Answer promised within</translation>
    </message>
    <message>
        <source>Suggestions confirmed by the end of</source>
        <translation>Suggestions confirmed by the end of</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <source>New call</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Make a repair order</source>
        <translation>Make a repair order</translation>
    </message>
    <message>
        <source>Register complaint…</source>
        <translation>Register complaint…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>Waiting for an answer, or a complaint to register</source>
        <translation>Waiting for an answer, or a complaint to register</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Late only</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Item categories</source>
        <translation>Item categories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>New item category</source>
        <translation>New item category</translation>
    </message>
    <message>
        <source>Rename item category</source>
        <translation>Rename item category</translation>
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
    <name>ComplaintForms</name>
    <message>
        <source>{number}: {customer} ({phone}) — {summary}</source>
        <translation>{number}: {customer} ({phone}) — {summary}</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>The customer asks</source>
        <translation>The customer asks</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <source>Is the complaint valid?</source>
        <translation>Is the complaint valid?</translation>
    </message>
    <message>
        <source>Valid: assign it</source>
        <translation>Valid: assign it</translation>
    </message>
    <message>
        <source>Not valid: close it</source>
        <translation>Not valid: close it</translation>
    </message>
    <message>
        <source>Explanation given</source>
        <translation>Explanation given</translation>
    </message>
    <message>
        <source>Judge complaint {number}</source>
        <translation>Judge complaint {number}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Assign complaint {number}</source>
        <translation>Assign complaint {number}</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>Signed for by</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Notice {number} signed for by {department}</source>
        <translation>Notice {number} signed for by {department}</translation>
    </message>
    <message>
        <source>Contacted at</source>
        <translation>Contacted at</translation>
    </message>
    <message>
        <source>Why later than the deadline</source>
        <translation>Why later than the deadline</translation>
    </message>
    <message>
        <source>First contact on {number}</source>
        <translation>First contact on {number}</translation>
    </message>
    <message>
        <source>Contact due by {due}.</source>
        <translation>Contact due by {due}.</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <source>Corrective action by</source>
        <translation>Corrective action by</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <source>Remedy due by {due}.</source>
        <translation>Remedy due by {due}.</translation>
    </message>
    <message>
        <source>Reopened: the customer said “{words}”.</source>
        <translation>Reopened: the customer said “{words}”.</translation>
    </message>
    <message>
        <source>Remedy on {number}</source>
        <translation>Remedy on {number}</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>Complaint {number} done</source>
        <translation>Complaint {number} done</translation>
    </message>
    <message>
        <source>Call the customer back today.</source>
        <translation>Call the customer back today.</translation>
    </message>
    <message>
        <source>Customer is</source>
        <translation>Customer is</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>Called back by</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Called at</translation>
    </message>
    <message>
        <source>Overall assessment</source>
        <translation>Overall assessment</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>Call back on {number}</source>
        <translation>Call back on {number}</translation>
    </message>
    <message>
        <source>Remedy: {remedy}</source>
        <translation>Remedy: {remedy}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel complaint {number}</source>
        <translation>Cancel complaint {number}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>Complaint register</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>To be assigned</source>
        <translation>To be assigned</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Notice signed for</source>
        <translation>Notice signed for</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>Customer contacted</translation>
    </message>
    <message>
        <source>Reported to the manager the same day</source>
        <translation>Reported to the manager the same day</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>On site (urgent)</source>
        <translation>On site (urgent)</translation>
    </message>
    <message>
        <source>Remedy answered</source>
        <translation>Remedy answered</translation>
    </message>
    <message>
        <source>Resolved (ordinary)</source>
        <translation>Resolved (ordinary)</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Done, to call back</source>
        <translation>Done, to call back</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>WeChat account</source>
        <translation>WeChat account</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Service efficiency</source>
        <translation>Service efficiency</translation>
    </message>
    <message>
        <source>Professional competence</source>
        <translation>Professional competence</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Power supply</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Water supply</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>Fire safety</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>Sanitation</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>Greening</translation>
    </message>
    <message>
        <source>Public facilities</source>
        <translation>Public facilities</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>Special services</source>
        <translation>Special services</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Rulebook 002: contact in 30 min, remedy in 3 days</source>
        <translation>Rulebook 002: contact in 30 min, remedy in 3 days</translation>
    </message>
    <message>
        <source>Rulebook 003: contact in 2 h, proposal in 4 working days</source>
        <translation>Rulebook 003: contact in 2 h, proposal in 4 working days</translation>
    </message>
    <message>
        <source>{late} late to judge</source>
        <translation>{late} late to judge</translation>
    </message>
    <message>
        <source>{late} late to assign</source>
        <translation>{late} late to assign</translation>
    </message>
    <message>
        <source>{late} late to contact</source>
        <translation>{late} late to contact</translation>
    </message>
    <message>
        <source>{late} late to answer</source>
        <translation>{late} late to answer</translation>
    </message>
    <message>
        <source>{late} late to resolve</source>
        <translation>{late} late to resolve</translation>
    </message>
    <message>
        <source>{late} late to call back</source>
        <translation>{late} late to call back</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>ComplaintsAnalysisDialog</name>
    <message>
        <source>Complaint analysis</source>
        <translation>Complaint analysis</translation>
    </message>
    <message>
        <source>First half (H1)</source>
        <translation>First half (H1)</translation>
    </message>
    <message>
        <source>Second half (H2)</source>
        <translation>Second half (H2)</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Place or room</source>
        <translation>Place or room</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>By nature</source>
        <translation>By nature</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>By level</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Complaints by nature and month</source>
        <translation>Complaints by nature and month</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>{start} to {end}: {total} complaint(s) received ({cancelled} cancelled, not counted); {valid} valid, {invalid} not valid; {reopened} reopened; {callbacks} callback(s), {rate} satisfied.</source>
        <translation>{start} to {end}: {total} complaint(s) received ({cancelled} cancelled, not counted); {valid} valid, {invalid} not valid; {reopened} reopened; {callbacks} callback(s), {rate} satisfied.</translation>
    </message>
    <message>
        <source>Recurring problems: {count} (the same place and nature at least twice — to be looked into with the departments concerned)</source>
        <translation>Recurring problems: {count} (the same place and nature at least twice — to be looked into with the departments concerned)</translation>
    </message>
    <message>
        <source>M{month}</source>
        <translation>M{month}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Other natures</source>
        <translation>Other natures</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>Complaint analysis {period}</source>
        <translation>Complaint analysis {period}</translation>
    </message>
    <message>
        <source>Export the complaint analysis</source>
        <translation>Export the complaint analysis</translation>
    </message>
    <message>
        <source>The complaint analysis {period} was saved to
{path}</source>
        <translation>The complaint analysis {period} was saved to
{path}</translation>
    </message>
</context>
<context>
    <name>ComplaintsSettings</name>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Both: reported to the manager the same day, staff on site within 10 minutes when urgent, an ordinary case resolved within 2 days, the callback on the day it is done. New complaints follow the preset saved.</source>
        <translation>Both: reported to the manager the same day, staff on site within 10 minutes when urgent, an ordinary case resolved within 2 days, the callback on the day it is done. New complaints follow the preset saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Late only</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>The step each waits for is due today or late</source>
        <translation>The step each waits for is due today or late</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>Analysis…</source>
        <translation>Analysis…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Judge…</source>
        <translation>Judge…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Notice signed…</source>
        <translation>Notice signed…</translation>
    </message>
    <message>
        <source>First contact…</source>
        <translation>First contact…</translation>
    </message>
    <message>
        <source>Remedy…</source>
        <translation>Remedy…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
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
        <source>Print notice</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>Due today or late: {count}</source>
        <translation>Due today or late: {count}</translation>
    </message>
    <message>
        <source>{number}: {customer}, {status}</source>
        <translation>{number}: {customer}, {status}</translation>
    </message>
    <message>
        <source>Complaint notice {number}</source>
        <translation>Complaint notice {number}</translation>
    </message>
    <message>
        <source>Complaint register {period}</source>
        <translation>Complaint register {period}</translation>
    </message>
</context>
<context>
    <name>ConsultationForms</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Type the answer&apos;s time as 2026-03-12 10:00 or 03-12.</source>
        <translation>Type the answer&apos;s time as 2026-03-12 10:00 or 03-12.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>At most {n} characters.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Consulted by</source>
        <translation>Consulted by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>One line per customer consulted; a blank opinion is 无意见. Enter on an empty line goes to Save.</source>
        <translation>One line per customer consulted; a blank opinion is 无意见. Enter on an empty line goes to Save.</translation>
    </message>
    <message>
        <source>{number} #{seq}: {person} ({phone}) — {opinion}</source>
        <translation>{number} #{seq}: {person} ({phone}) — {opinion}</translation>
    </message>
    <message>
        <source>no opinion</source>
        <translation>no opinion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The customer is</source>
        <translation>The customer is</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>Their words</translation>
    </message>
    <message>
        <source>Last time: {words}</source>
        <translation>Last time: {words}</translation>
    </message>
    <message>
        <source>Promised answer</source>
        <translation>Promised answer</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>{number}: {count} customers consulted by {by}.</source>
        <translation>{number}: {count} customers consulted by {by}.</translation>
    </message>
    <message>
        <source>Review the consultation</source>
        <translation>Review the consultation</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>ConsultationsView</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Answer due only</source>
        <translation>Answer due only</translation>
    </message>
    <message>
        <source>Any answer</source>
        <translation>Any answer</translation>
    </message>
    <message>
        <source>Answer due today or late</source>
        <translation>Answer due today or late</translation>
    </message>
    <message>
        <source>Answer late</source>
        <translation>Answer late</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Print record</source>
        <translation>Print record</translation>
    </message>
    <message>
        <source>{number} ({kind}, {day}, by {by}): {status}</source>
        <translation>{number} ({kind}, {day}, by {by}): {status}</translation>
    </message>
    <message>
        <source>Answer promised to {person} by {when}</source>
        <translation>Answer promised to {person} by {when}</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>{period} {kind} {state} ({first}–{last})</source>
        <translation>{period} {kind} {state} ({first}–{last})</translation>
    </message>
    <message>
        <source>Not done in the last year: {count}</source>
        <translation>Not done in the last year: {count}</translation>
    </message>
    <message>
        <source>Consultation record {number}</source>
        <translation>Consultation record {number}</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <source>Counts — stocktake {number} ({month})</source>
        <translation>Counts — stocktake {number} ({month})</translation>
    </message>
    <message>
        <source>Type each count from the sheet and press Enter for the next line. A line that differs from the books is flagged: F3 jumps from flagged line to flagged line for its recount and reason. Ctrl+S saves.</source>
        <translation>Type each count from the sheet and press Enter for the next line. A line that differs from the books is flagged: F3 jumps from flagged line to flagged line for its recount and reason. Ctrl+S saves.</translation>
    </message>
    <message>
        <source>Read only: {status}.</source>
        <translation>Read only: {status}.</translation>
    </message>
    <message>
        <source>Next flagged (F3)</source>
        <translation>Next flagged (F3)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>only the storekeeper enters counts</source>
        <translation>only the storekeeper enters counts</translation>
    </message>
    <message>
        <source>the stocktake is {status}</source>
        <translation>the stocktake is {status}</translation>
    </message>
    <message>
        <source>No flagged line is waiting for its recount or reason.</source>
        <translation>No flagged line is waiting for its recount or reason.</translation>
    </message>
    <message>
        <source>Counted {counted} of {lines} · flagged {flagged} · posted gain {gain}, loss {loss}</source>
        <translation>Counted {counted} of {lines} · flagged {flagged} · posted gain {gain}, loss {loss}</translation>
    </message>
    <message>
        <source>Counted {counted} of {lines} · flagged {flagged} ({recount} still to recount) · without a reason {reasons} · estimated gain {gain}, loss {loss}</source>
        <translation>Counted {counted} of {lines} · flagged {flagged} ({recount} still to recount) · without a reason {reasons} · estimated gain {gain}, loss {loss}</translation>
    </message>
    <message>
        <source>Line {no} ({code}): {problem}</source>
        <translation>Line {no} ({code}): {problem}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved counts</source>
        <translation>Unsaved counts</translation>
    </message>
    <message>
        <source>Save the counts typed before closing?</source>
        <translation>Save the counts typed before closing?</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Books expect</source>
        <translation>Books expect</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Reason needed</translation>
    </message>
    <message>
        <source>Recounted</source>
        <translation>Recounted</translation>
    </message>
    <message>
        <source>The count differs from the books: count the shelf again and type the recount (F3 jumps here).</source>
        <translation>The count differs from the books: count the shelf again and type the recount (F3 jumps here).</translation>
    </message>
    <message>
        <source>The line still differs from the books: say why.</source>
        <translation>The line still differs from the books: say why.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>{text} has too many decimal places (at most {n}).</source>
        <translation>{text} has too many decimal places (at most {n}).</translation>
    </message>
    <message>
        <source>{text} is too large.</source>
        <translation>{text} is too large.</translation>
    </message>
</context>
<context>
    <name>DefectsView</name>
    <message>
        <source>New defect</source>
        <translation>New defect</translation>
    </message>
    <message>
        <source>Record a fault found: minor (1 hour) or a work ticket (Ctrl+N)</source>
        <translation>Record a fault found: minor (1 hour) or a work ticket (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Read the defect and what was done (Enter)</source>
        <translation>Read the defect and what was done (Enter)</translation>
    </message>
    <message>
        <source>Fixed…</source>
        <translation>Fixed…</translation>
    </message>
    <message>
        <source>The minor fault was seen put right</source>
        <translation>The minor fault was seen put right</translation>
    </message>
    <message>
        <source>Vendor&apos;s reply…</source>
        <translation>Vendor&apos;s reply…</translation>
    </message>
    <message>
        <source>Type the vendor&apos;s reply to the work ticket</source>
        <translation>Type the vendor&apos;s reply to the work ticket</translation>
    </message>
    <message>
        <source>Re-inspect…</source>
        <translation>Re-inspect…</translation>
    </message>
    <message>
        <source>Re-inspection: passed, or failed again with a new deadline</source>
        <translation>Re-inspection: passed, or failed again with a new deadline</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Print ticket</translation>
    </message>
    <message>
        <source>Print the work ticket (报事单)</source>
        <translation>Print the work ticket (报事单)</translation>
    </message>
    <message>
        <source>Late list…</source>
        <translation>Late list…</translation>
    </message>
    <message>
        <source>Print the late defects of a period for the client representative</source>
        <translation>Print the late defects of a period for the client representative</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>All vendors</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Late only</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>To do today</translation>
    </message>
    <message>
        <source>Not fixed, and due today or already late</source>
        <translation>Not fixed, and due today or already late</translation>
    </message>
    <message>
        <source>Defects due today: {count}</source>
        <translation>Defects due today: {count}</translation>
    </message>
    <message>
        <source>Late: {count}</source>
        <translation>Late: {count}</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Found at</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>Ticket&apos;s deadline</source>
        <translation>Ticket&apos;s deadline</translation>
    </message>
    <message>
        <source>A work ticket only: a minor fault is due an hour after it was found</source>
        <translation>A work ticket only: a minor fault is due an hour after it was found</translation>
    </message>
    <message>
        <source>A minor fault is to be put right within an hour of notice; a larger one gets a work ticket with its deadline.</source>
        <translation>A minor fault is to be put right within an hour of notice; a larger one gets a work ticket with its deadline.</translation>
    </message>
    <message>
        <source>{kind} of {vendor}, found {found} at {place}: {text}</source>
        <translation>{kind} of {vendor}, found {found} at {place}: {text}</translation>
    </message>
    <message>
        <source>Due {due}.</source>
        <translation>Due {due}.</translation>
    </message>
    <message>
        <source>From sheet {number}.</source>
        <translation>From sheet {number}.</translation>
    </message>
    <message>
        <source>The vendor replied {at}: {reply}</source>
        <translation>The vendor replied {at}: {reply}</translation>
    </message>
    <message>
        <source>Failed re-inspection {at} ({by}); to be redone by {redo}.</source>
        <translation>Failed re-inspection {at} ({by}); to be redone by {redo}.</translation>
    </message>
    <message>
        <source>Fixed {at}; checked by {by}.</source>
        <translation>Fixed {at}; checked by {by}.</translation>
    </message>
    <message>
        <source>Late: deducted per the contract.</source>
        <translation>Late: deducted per the contract.</translation>
    </message>
    <message>
        <source>Defect {number} — {status}</source>
        <translation>Defect {number} — {status}</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation>Fixed at</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>{text} at {place}, due {due}.</source>
        <translation>{text} at {place}, due {due}.</translation>
    </message>
    <message>
        <source>Defect {number} fixed</source>
        <translation>Defect {number} fixed</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>The vendor&apos;s reply</source>
        <translation>The vendor&apos;s reply</translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation>Replied at</translation>
    </message>
    <message>
        <source>Work ticket {number}: {text}, due {due}.</source>
        <translation>Work ticket {number}: {text}, due {due}.</translation>
    </message>
    <message>
        <source>The vendor&apos;s reply to {number}</source>
        <translation>The vendor&apos;s reply to {number}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed again</source>
        <translation>Failed again</translation>
    </message>
    <message>
        <source>Re-inspected by</source>
        <translation>Re-inspected by</translation>
    </message>
    <message>
        <source>Re-inspected at</source>
        <translation>Re-inspected at</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>When it failed again</source>
        <translation>When it failed again</translation>
    </message>
    <message>
        <source>Re-inspect {number}</source>
        <translation>Re-inspect {number}</translation>
    </message>
    <message>
        <source>Work ticket {number}</source>
        <translation>Work ticket {number}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>YYYY-MM or YYYY-MM-DD..YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Late defects for the client representative</source>
        <translation>Late defects for the client representative</translation>
    </message>
    <message>
        <source>Late defects {period}</source>
        <translation>Late defects {period}</translation>
    </message>
</context>
<context>
    <name>DocForm</name>
    <message>
        <source>No item in use matches “{text}”.</source>
        <translation>No item in use matches “{text}”.</translation>
    </message>
    <message>
        <source>“{text}” matches several items; pick one from the list.</source>
        <translation>“{text}” matches several items; pick one from the list.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line(s)</numerusform>
            <numerusform>%n line(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost at today&apos;s average</source>
        <translation>Cost at today&apos;s average</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>Estimated total</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{lines}    {caption}: {amount} yuan    In words: {words}</source>
        <translation>{lines}    {caption}: {amount} yuan    In words: {words}</translation>
    </message>
    <message>
        <source> — less than the {asked} {unit} asked for</source>
        <translation> — less than the {asked} {unit} asked for</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel {title}</source>
        <translation>Cancel {title}</translation>
    </message>
    <message>
        <source>Cancel the document</source>
        <translation>Cancel the document</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>{path} is read-only; FrontDesk needs to write to it. It was not changed.</source>
        <translation>{path} is read-only; FrontDesk needs to write to it. It was not changed.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} cannot be read: {error}</translation>
    </message>
    <message>
        <source>{path} is in use by another program and stays locked; try again later.</source>
        <translation>{path} is in use by another program and stays locked; try again later.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({error}). It was not changed; restore a backup.</source>
        <translation>{path} is damaged and cannot be read ({error}). It was not changed; restore a backup.</translation>
    </message>
    <message>
        <source>{path} is incomplete: it ends after {size} bytes where its header expects {expected}. It was not changed; restore a backup.</source>
        <translation>{path} is incomplete: it ends after {size} bytes where its header expects {expected}. It was not changed; restore a backup.</translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>The database file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a FrontDesk database file.</source>
        <translation>{path} is a folder, not a FrontDesk database file.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), not a FrontDesk database; it was not changed.</source>
        <translation>{path} is empty (0 bytes), not a FrontDesk database; it was not changed.</translation>
    </message>
    <message>
        <source>{path} cannot be created: {error}</source>
        <translation>{path} cannot be created: {error}</translation>
    </message>
    <message>
        <source>{path} was written by an older version of FrontDesk (schema {found}; this program writes {known}). Open it once in FrontDesk to bring it up to date (a copy is kept first), then try again.</source>
        <translation>{path} was written by an older version of FrontDesk (schema {found}; this program writes {known}). Open it once in FrontDesk to bring it up to date (a copy is kept first), then try again.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>No backup was made.</translation>
    </message>
    <message>
        <source>{path} is not a folder; backups go into a folder.</source>
        <translation>{path} is not a folder; backups go into a folder.</translation>
    </message>
    <message>
        <source>The copy of {path} failed its check, so no backup was kept: the database may be damaged. Run check on it.</source>
        <translation>The copy of {path} failed its check, so no backup was kept: the database may be damaged. Run check on it.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>The backup file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} failed SQLite&apos;s integrity check: {error}</source>
        <translation>{path} failed SQLite&apos;s integrity check: {error}</translation>
    </message>
    <message>
        <source>The backup {path} is the database itself.</source>
        <translation>The backup {path} is the database itself.</translation>
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
        <source>Another desk is saving right now; nothing was written. Try again in a moment.</source>
        <translation>Another desk is saving right now; nothing was written. Try again in a moment.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <source>The password may have at most {n} characters.</source>
        <translation>The password may have at most {n} characters.</translation>
    </message>
    <message>
        <source>The password contains a character that cannot be typed; choose another.</source>
        <translation>The password contains a character that cannot be typed; choose another.</translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation>Wrong login name or password.</translation>
    </message>
    <message>
        <source>The login name may have at most {n} characters.</source>
        <translation>The login name may have at most {n} characters.</translation>
    </message>
    <message>
        <source>The login name may not contain spaces or control or invisible characters.</source>
        <translation>The login name may not contain spaces or control or invisible characters.</translation>
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
        <source>Your account has been disabled; ask the administrator.</source>
        <translation>Your account has been disabled; ask the administrator.</translation>
    </message>
    <message>
        <source>{name} still has the temporary password the administrator gave: they log in once at a desk and choose their own first.</source>
        <translation>{name} still has the temporary password the administrator gave: they log in once at a desk and choose their own first.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>That department no longer exists.</translation>
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
        <source>The dispatch deadline cannot be longer than the acceptance one.</source>
        <translation>The dispatch deadline cannot be longer than the acceptance one.</translation>
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
        <source>The time {time} cannot be before the call ({earlier}).</source>
        <translation>The time {time} cannot be before the call ({earlier}).</translation>
    </message>
    <message>
        <source>Choose the kind of the call.</source>
        <translation>Choose the kind of the call.</translation>
    </message>
    <message>
        <source>Write down what the caller said.</source>
        <translation>Write down what the caller said.</translation>
    </message>
    <message>
        <source>Note who called: a phone number, a room or a name.</source>
        <translation>Note who called: a phone number, a room or a name.</translation>
    </message>
    <message>
        <source>The promised answer time {time} is before the call.</source>
        <translation>The promised answer time {time} is before the call.</translation>
    </message>
    <message>
        <source>A repair needs the room or place.</source>
        <translation>A repair needs the room or place.</translation>
    </message>
    <message>
        <source>Write down the answer given.</source>
        <translation>Write down the answer given.</translation>
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
        <source>The time {time} cannot be before the previous step ({earlier}).</source>
        <translation>The time {time} cannot be before the previous step ({earlier}).</translation>
    </message>
    <message>
        <source>Unknown source: {source}.</source>
        <translation>Unknown source: {source}.</translation>
    </message>
    <message>
        <source>Write down what the suggestion or opinion says.</source>
        <translation>Write down what the suggestion or opinion says.</translation>
    </message>
    <message>
        <source>Name the department responsible.</source>
        <translation>Name the department responsible.</translation>
    </message>
    <message>
        <source>Type the name of the person who signed for the department.</source>
        <translation>Type the name of the person who signed for the department.</translation>
    </message>
    <message>
        <source>The department cannot sign on {date}, before it was sent ({sent}).</source>
        <translation>The department cannot sign on {date}, before it was sent ({sent}).</translation>
    </message>
    <message>
        <source>Write down the result.</source>
        <translation>Write down the result.</translation>
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
        <source>There is no repair category “{name}”; pick one from the list.</source>
        <translation>There is no repair category “{name}”; pick one from the list.</translation>
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
        <source>The setting needs a name.</source>
        <translation>The setting needs a name.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>The office name is required.</translation>
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
    <message>
        <source>Sign {number} is {status}; only a sign on the wall can be replaced.</source>
        <translation>Sign {number} is {status}; only a sign on the wall can be replaced.</translation>
    </message>
    <message>
        <source>That sign no longer exists.</source>
        <translation>That sign no longer exists.</translation>
    </message>
    <message>
        <source>There is no sign {number}.</source>
        <translation>There is no sign {number}.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>There is no sign kind {name}.</source>
        <translation>There is no sign kind {name}.</translation>
    </message>
    <message>
        <source>Choose the kind of sign.</source>
        <translation>Choose the kind of sign.</translation>
    </message>
    <message>
        <source>The sign kind {name} is no longer in use.</source>
        <translation>The sign kind {name} is no longer in use.</translation>
    </message>
    <message>
        <source>There is no department {name}.</source>
        <translation>There is no department {name}.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>Choose the department.</translation>
    </message>
    <message>
        <source>The department {name} is no longer in use.</source>
        <translation>The department {name} is no longer in use.</translation>
    </message>
    <message>
        <source>“{text}” is not a sign state (在用, 待整改 or 已撤除).</source>
        <translation>“{text}” is not a sign state (在用, 待整改 or 已撤除).</translation>
    </message>
    <message>
        <source>Say what the sign reads.</source>
        <translation>Say what the sign reads.</translation>
    </message>
    <message>
        <source>Sign {number} has been removed; a new sign comes through a request.</source>
        <translation>Sign {number} has been removed; a new sign comes through a request.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (write it as 2024-05-01).</source>
        <translation>“{text}” is not a date (write it as 2024-05-01).</translation>
    </message>
    <message>
        <source>A number beginning {prefix}- is written {prefix}-00001; leave it blank to have one given.</source>
        <translation>A number beginning {prefix}- is written {prefix}-00001; leave it blank to have one given.</translation>
    </message>
    <message>
        <source>The file holds no signs.</source>
        <translation>The file holds no signs.</translation>
    </message>
    <message>
        <source>The number {number} is also on row {row}.</source>
        <translation>The number {number} is also on row {row}.</translation>
    </message>
    <message>
        <source>Sign {number} is already in the registry.</source>
        <translation>Sign {number} is already in the registry.</translation>
    </message>
    <message>
        <source>{text} has too many decimal places (at most {n}).</source>
        <translation>{text} has too many decimal places (at most {n}).</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>This field contains a character that cannot be kept (a control, invisible or broken character); type it again.</source>
        <translation>This field contains a character that cannot be kept (a control, invisible or broken character); type it again.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>{text} is too large.</source>
        <translation>{text} is too large.</translation>
    </message>
    <message>
        <source>This must be a whole number from {minimum} to {maximum}.</source>
        <translation>This must be a whole number from {minimum} to {maximum}.</translation>
    </message>
    <message>
        <source>{date} is outside the years {first} to {last}; check the year.</source>
        <translation>{date} is outside the years {first} to {last}; check the year.</translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation>Give the date and time.</translation>
    </message>
    <message>
        <source>Give the time as the office&apos;s local time, without a time zone.</source>
        <translation>Give the time as the office&apos;s local time, without a time zone.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>That item no longer exists.</translation>
    </message>
    <message>
        <source>That receipt no longer exists.</source>
        <translation>That receipt no longer exists.</translation>
    </message>
    <message>
        <source>That issue slip no longer exists.</source>
        <translation>That issue slip no longer exists.</translation>
    </message>
    <message>
        <source>That stocktake no longer exists.</source>
        <translation>That stocktake no longer exists.</translation>
    </message>
    <message>
        <source>That purchase request no longer exists.</source>
        <translation>That purchase request no longer exists.</translation>
    </message>
    <message>
        <source>There is no document {number}.</source>
        <translation>There is no document {number}.</translation>
    </message>
    <message>
        <source>Line {line}: choose an item.</source>
        <translation>Line {line}: choose an item.</translation>
    </message>
    <message>
        <source>Line {line}: {item} is no longer in use.</source>
        <translation>Line {line}: {item} is no longer in use.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {item} is already on line {other}; put it on one line.</source>
        <translation>Line {line}: {item} is already on line {other}; put it on one line.</translation>
    </message>
    <message>
        <source>Add at least one line (an item and its quantity).</source>
        <translation>Add at least one line (an item and its quantity).</translation>
    </message>
    <message>
        <source>A document may have at most {n} lines.</source>
        <translation>A document may have at most {n} lines.</translation>
    </message>
    <message>
        <source>Choose the receiving department.</source>
        <translation>Choose the receiving department.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be changed.</source>
        <translation>{number} is {status}; only a draft can be changed.</translation>
    </message>
    <message>
        <source>Say why the document is cancelled.</source>
        <translation>Say why the document is cancelled.</translation>
    </message>
    <message>
        <source>No item is under its safety stock.</source>
        <translation>No item is under its safety stock.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be approved.</source>
        <translation>{number} is {status}; only a draft can be approved.</translation>
    </message>
    <message>
        <source>Stocktake {number} is {status}; it has no stocktake record.</source>
        <translation>Stocktake {number} is {status}; it has no stocktake record.</translation>
    </message>
    <message>
        <source>{number} is already cancelled.</source>
        <translation>{number} is already cancelled.</translation>
    </message>
    <message>
        <source>{number} is named on a receipt; cancel the receipt first.</source>
        <translation>{number} is named on a receipt; cancel the receipt first.</translation>
    </message>
    <message>
        <source>An own purchase needs the number of its approved purchase request.</source>
        <translation>An own purchase needs the number of its approved purchase request.</translation>
    </message>
    <message>
        <source>There is no purchase request {number}.</source>
        <translation>There is no purchase request {number}.</translation>
    </message>
    <message>
        <source>Purchase request {number} is {status}, not approved.</source>
        <translation>Purchase request {number} is {status}, not approved.</translation>
    </message>
    <message>
        <source>Choose where the goods come from.</source>
        <translation>Choose where the goods come from.</translation>
    </message>
    <message>
        <source>The supplier is required.</source>
        <translation>The supplier is required.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be confirmed.</source>
        <translation>{number} is {status}; only a draft can be confirmed.</translation>
    </message>
    <message>
        <source>Repair order {number} is cancelled; nothing is issued for it.</source>
        <translation>Repair order {number} is cancelled; nothing is issued for it.</translation>
    </message>
    <message>
        <source>Name the person who takes the goods.</source>
        <translation>Name the person who takes the goods.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be signed.</source>
        <translation>{number} is {status}; only a draft can be signed.</translation>
    </message>
    <message>
        <source>There is no item category {name}.</source>
        <translation>There is no item category {name}.</translation>
    </message>
    <message>
        <source>Choose the item&apos;s category.</source>
        <translation>Choose the item&apos;s category.</translation>
    </message>
    <message>
        <source>The item code is required.</source>
        <translation>The item code is required.</translation>
    </message>
    <message>
        <source>The item name is required.</source>
        <translation>The item name is required.</translation>
    </message>
    <message>
        <source>The unit is required.</source>
        <translation>The unit is required.</translation>
    </message>
    <message>
        <source>The item code {code} is already in use.</source>
        <translation>The item code {code} is already in use.</translation>
    </message>
    <message>
        <source>The unit of {item} cannot change: stock has already moved in {unit}.</source>
        <translation>The unit of {item} cannot change: stock has already moved in {unit}.</translation>
    </message>
    <message>
        <source>{item} still has {qty} {unit} in stock; it can leave use only when its shelf is empty.</source>
        <translation>{item} still has {qty} {unit} in stock; it can leave use only when its shelf is empty.</translation>
    </message>
    <message>
        <source>{n} row(s) cannot be imported; nothing was imported.</source>
        <translation>{n} row(s) cannot be imported; nothing was imported.</translation>
    </message>
    <message>
        <source>The file holds no items.</source>
        <translation>The file holds no items.</translation>
    </message>
    <message>
        <source>The code {code} is also on row {row}.</source>
        <translation>The code {code} is also on row {row}.</translation>
    </message>
    <message>
        <source>{month} is closed (the stocktake was approved); nothing dated in it can be added or cancelled. Make a correcting document in an open month instead.</source>
        <translation>{month} is closed (the stocktake was approved); nothing dated in it can be added or cancelled. Make a correcting document in an open month instead.</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>Give the date.</translation>
    </message>
    <message>
        <source>The books are closed up to {moment} by the approved stocktake {stocktake}: nothing can be dated at or before it; a document must be dated after it.</source>
        <translation>The books are closed up to {moment} by the approved stocktake {stocktake}: nothing can be dated at or before it; a document must be dated after it.</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>The date {date} is in the future.</translation>
    </message>
    <message>
        <source>Not enough {item} in stock: {on_hand} {unit} on hand, {asked} {unit} asked for.</source>
        <translation>Not enough {item} in stock: {on_hand} {unit} on hand, {asked} {unit} asked for.</translation>
    </message>
    <message>
        <source>Not enough {item} in stock on {date}: {on_hand} {unit} on hand then, {asked} {unit} asked for.</source>
        <translation>Not enough {item} in stock on {date}: {on_hand} {unit} on hand then, {asked} {unit} asked for.</translation>
    </message>
    <message>
        <source>Taking {asked} {unit} of {item} on {date} would leave too little for what was issued later (on {later}).</source>
        <translation>Taking {asked} {unit} of {item} on {date} would leave too little for what was issued later (on {later}).</translation>
    </message>
    <message>
        <source>Stocktake {number} is {status}; its counts can no longer change.</source>
        <translation>Stocktake {number} is {status}; its counts can no longer change.</translation>
    </message>
    <message>
        <source>{month} has not begun; count it when it has.</source>
        <translation>{month} has not begun; count it when it has.</translation>
    </message>
    <message>
        <source>The quarterly count covers every item; leave the category and the location empty.</source>
        <translation>The quarterly count covers every item; leave the category and the location empty.</translation>
    </message>
    <message>
        <source>Stocktake {number} is still open; approve or cancel it first.</source>
        <translation>Stocktake {number} is still open; approve or cancel it first.</translation>
    </message>
    <message>
        <source>No item is in the chosen category or location.</source>
        <translation>No item is in the chosen category or location.</translation>
    </message>
    <message>
        <source>A counted line is not on stocktake {number}; open it again.</source>
        <translation>A counted line is not on stocktake {number}; open it again.</translation>
    </message>
    <message>
        <source>Line {line}: count it before the recount.</source>
        <translation>Line {line}: count it before the recount.</translation>
    </message>
    <message>
        <source>The count must be timed between the start of the stocktake ({start}) and now.</source>
        <translation>The count must be timed between the start of the stocktake ({start}) and now.</translation>
    </message>
    <message>
        <source>Stocktake {number} is not approved yet: until then only the manager may print its stocktake record, which shows the book quantities (the count is blind).</source>
        <translation>Stocktake {number} is not approved yet: until then only the manager may print its stocktake record, which shows the book quantities (the count is blind).</translation>
    </message>
    <message>
        <source>Stocktake {number} is {status}; only an open stocktake can be approved.</source>
        <translation>Stocktake {number} is {status}; only an open stocktake can be approved.</translation>
    </message>
    <message>
        <source>{n} line(s) have no count yet, the first {item}.</source>
        <translation>{n} line(s) have no count yet, the first {item}.</translation>
    </message>
    <message>
        <source>{n} line(s) differ from the books and need a recount, the first {item}.</source>
        <translation>{n} line(s) differ from the books and need a recount, the first {item}.</translation>
    </message>
    <message>
        <source>{n} line(s) differ from the books without a reason, the first {item}.</source>
        <translation>{n} line(s) differ from the books without a reason, the first {item}.</translation>
    </message>
    <message>
        <source>Stocktake {number} is {status}; only an open stocktake can be cancelled.</source>
        <translation>Stocktake {number} is {status}; only an open stocktake can be cancelled.</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>Give the day as YYYY-MM-DD, for example 2026-03-01.</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx): {problem}</source>
        <translation>The file cannot be read as an Excel workbook (.xlsx): {problem}</translation>
    </message>
    <message>
        <source>The first sheet has no column headed {headers}; start from the import template.</source>
        <translation>The first sheet has no column headed {headers}; start from the import template.</translation>
    </message>
    <message>
        <source>The first day {first} is after the last day {last}.</source>
        <translation>The first day {first} is after the last day {last}.</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} is a folder; name a file to write.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation>The folder {folder} does not exist; nothing was written.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file to write.</source>
        <translation>{path} is the database itself; choose another file to write.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>{path} cannot be written: {error}</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({share}). SQLite is not safe there for several desks: its locks do not work reliably over a network, and two desks saving at once can damage the file. Keep the database on the local disk of one desk and work there; several desks sharing one database need the coming PostgreSQL version of FrontDesk.</source>
        <translation>The database {path} is on a network share ({share}). SQLite is not safe there for several desks: its locks do not work reliably over a network, and two desks saving at once can damage the file. Keep the database on the local disk of one desk and work there; several desks sharing one database need the coming PostgreSQL version of FrontDesk.</translation>
    </message>
    <message>
        <source>That call no longer exists.</source>
        <translation>That call no longer exists.</translation>
    </message>
    <message>
        <source>Call {number} is {status}; only a call waiting for its answer can be answered.</source>
        <translation>Call {number} is {status}; only a call waiting for its answer can be answered.</translation>
    </message>
    <message>
        <source>Call {number} already has its repair order.</source>
        <translation>Call {number} already has its repair order.</translation>
    </message>
    <message>
        <source>Call {number} is {status}; only a call still waiting for its answer can become a repair order.</source>
        <translation>Call {number} is {status}; only a call still waiting for its answer can become a repair order.</translation>
    </message>
    <message>
        <source>Call {number} is {status}; only a call marked as a complaint to register can have its complaint registered.</source>
        <translation>Call {number} is {status}; only a call marked as a complaint to register can have its complaint registered.</translation>
    </message>
    <message>
        <source>That found item no longer exists.</source>
        <translation>That found item no longer exists.</translation>
    </message>
    <message>
        <source>That loss report no longer exists.</source>
        <translation>That loss report no longer exists.</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>That claim no longer exists.</translation>
    </message>
    <message>
        <source>There is no found item {number}.</source>
        <translation>There is no found item {number}.</translation>
    </message>
    <message>
        <source>There is no claim {number}.</source>
        <translation>There is no claim {number}.</translation>
    </message>
    <message>
        <source>Where was it found (or lost)?</source>
        <translation>Where was it found (or lost)?</translation>
    </message>
    <message>
        <source>The item&apos;s name is required.</source>
        <translation>The item&apos;s name is required.</translation>
    </message>
    <message>
        <source>Who found it? The finder&apos;s name is required.</source>
        <translation>Who found it? The finder&apos;s name is required.</translation>
    </message>
    <message>
        <source>The owner&apos;s name is required.</source>
        <translation>The owner&apos;s name is required.</translation>
    </message>
    <message>
        <source>A phone number to reach the owner is required.</source>
        <translation>A phone number to reach the owner is required.</translation>
    </message>
    <message>
        <source>Where is the item kept? The storage place is required when the office signs for it.</source>
        <translation>Where is the item kept? The storage place is required when the office signs for it.</translation>
    </message>
    <message>
        <source>The date found, {date}, is in the future.</source>
        <translation>The date found, {date}, is in the future.</translation>
    </message>
    <message>
        <source>It cannot be signed for before the day it was found ({date}).</source>
        <translation>It cannot be signed for before the day it was found ({date}).</translation>
    </message>
    <message>
        <source>When was it lost? Give the date and time (roughly).</source>
        <translation>When was it lost? Give the date and time (roughly).</translation>
    </message>
    <message>
        <source>Found item {number} has been disposed of; it cannot be the owner&apos;s any more.</source>
        <translation>Found item {number} has been disposed of; it cannot be the owner&apos;s any more.</translation>
    </message>
    <message>
        <source>Write what the owner was told.</source>
        <translation>Write what the owner was told.</translation>
    </message>
    <message>
        <source>The owner&apos;s ID number is required: the item is handed out only against an ID.</source>
        <translation>The owner&apos;s ID number is required: the item is handed out only against an ID.</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters: 17 digits and a digit or X.</source>
        <translation>A resident ID number has 18 characters: 17 digits and a digit or X.</translation>
    </message>
    <message>
        <source>An ID number has 4 to 30 letters and digits.</source>
        <translation>An ID number has 4 to 30 letters and digits.</translation>
    </message>
    <message>
        <source>Unknown kind of ID: {kind}.</source>
        <translation>Unknown kind of ID: {kind}.</translation>
    </message>
    <message>
        <source>It cannot be claimed before the day it was found ({date}).</source>
        <translation>It cannot be claimed before the day it was found ({date}).</translation>
    </message>
    <message>
        <source>Loss report {number} was answered as not found; it cannot be tied to this claim.</source>
        <translation>Loss report {number} was answered as not found; it cannot be tied to this claim.</translation>
    </message>
    <message>
        <source>Loss report {number} was found as another item.</source>
        <translation>Loss report {number} was found as another item.</translation>
    </message>
    <message>
        <source>Give the reason (and how it was disposed of).</source>
        <translation>Give the reason (and how it was disposed of).</translation>
    </message>
    <message>
        <source>Found item {number} is kept {months} months for its owner; it may be disposed of from {date}.</source>
        <translation>Found item {number} is kept {months} months for its owner; it may be disposed of from {date}.</translation>
    </message>
    <message>
        <source>Found item {number} is {status}; only an item not yet signed for can be signed for.</source>
        <translation>Found item {number} is {status}; only an item not yet signed for can be signed for.</translation>
    </message>
    <message>
        <source>Found item {number} is {status}; only an unclaimed item the office has signed for can be handed to its owner.</source>
        <translation>Found item {number} is {status}; only an unclaimed item the office has signed for can be handed to its owner.</translation>
    </message>
    <message>
        <source>Found item {number} is {status}; only an unclaimed item can be disposed of.</source>
        <translation>Found item {number} is {status}; only an unclaimed item can be disposed of.</translation>
    </message>
    <message>
        <source>Loss report {number} is {status}; it has already been answered.</source>
        <translation>Loss report {number} is {status}; it has already been answered.</translation>
    </message>
    <message>
        <source>That suggestion no longer exists.</source>
        <translation>That suggestion no longer exists.</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, such as 2026-05.</source>
        <translation>Give the month as YYYY-MM, such as 2026-05.</translation>
    </message>
    <message>
        <source>Suggestion {number} is {status}; only a suggestion waiting for confirmation can be confirmed.</source>
        <translation>Suggestion {number} is {status}; only a suggestion waiting for confirmation can be confirmed.</translation>
    </message>
    <message>
        <source>Suggestion {number} is {status}; it is sent to the department once the duty officer has confirmed it.</source>
        <translation>Suggestion {number} is {status}; it is sent to the department once the duty officer has confirmed it.</translation>
    </message>
    <message>
        <source>Suggestion {number} is {status}; only a suggestion sent to its department can be acknowledged.</source>
        <translation>Suggestion {number} is {status}; only a suggestion sent to its department can be acknowledged.</translation>
    </message>
    <message>
        <source>Suggestion {number} has no signature of its department yet.</source>
        <translation>Suggestion {number} has no signature of its department yet.</translation>
    </message>
    <message>
        <source>Suggestion {number} is {status}; the result is recorded after the department has signed for it.</source>
        <translation>Suggestion {number} is {status}; the result is recorded after the department has signed for it.</translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation>That visit no longer exists.</translation>
    </message>
    <message>
        <source>There is no visit {number}.</source>
        <translation>There is no visit {number}.</translation>
    </message>
    <message>
        <source>The time {time} cannot be before {earlier}.</source>
        <translation>The time {time} cannot be before {earlier}.</translation>
    </message>
    <message>
        <source>Unknown kind of visit: {kind}.</source>
        <translation>Unknown kind of visit: {kind}.</translation>
    </message>
    <message>
        <source>The visitor&apos;s name is required.</source>
        <translation>The visitor&apos;s name is required.</translation>
    </message>
    <message>
        <source>Say whom the visitor comes to see: the host or the department.</source>
        <translation>Say whom the visitor comes to see: the host or the department.</translation>
    </message>
    <message>
        <source>An ID card number has 18 characters: 17 digits, then a digit or X.</source>
        <translation>An ID card number has 18 characters: 17 digits, then a digit or X.</translation>
    </message>
    <message>
        <source>Choose the visitor&apos;s identity.</source>
        <translation>Choose the visitor&apos;s identity.</translation>
    </message>
    <message>
        <source>The identity {name} is no longer in use.</source>
        <translation>The identity {name} is no longer in use.</translation>
    </message>
    <message>
        <source>The visit&apos;s day is in its number {number}; register it again for another day.</source>
        <translation>The visit&apos;s day is in its number {number}; register it again for another day.</translation>
    </message>
    <message>
        <source>Visit {number} was booked for {day}; register the visitor again today.</source>
        <translation>Visit {number} was booked for {day}; register the visitor again today.</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; a finished visit is no longer changed.</source>
        <translation>Visit {number} is {status}; a finished visit is no longer changed.</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; only an expected visitor&apos;s host is told.</source>
        <translation>Visit {number} is {status}; only an expected visitor&apos;s host is told.</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; a visitor is let in once the host has been told.</source>
        <translation>Visit {number} is {status}; a visitor is let in once the host has been told.</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; only a visitor on site signs out.</source>
        <translation>Visit {number} is {status}; only a visitor on site signs out.</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; only a visitor still expected can be marked as not come.</source>
        <translation>Visit {number} is {status}; only a visitor still expected can be marked as not come.</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; only a visit not yet begun can be cancelled.</source>
        <translation>Visit {number} is {status}; only a visit not yet begun can be cancelled.</translation>
    </message>
    <message>
        <source>Visit {number} has no ID number to show.</source>
        <translation>Visit {number} has no ID number to show.</translation>
    </message>
    <message>
        <source>Give the dates as YYYY-MM-DD:YYYY-MM-DD.</source>
        <translation>Give the dates as YYYY-MM-DD:YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{text} is not a day; write it as YYYY-MM-DD.</source>
        <translation>{text} is not a day; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Inspection {number} is {status}; its results can no longer change.</source>
        <translation>Inspection {number} is {status}; its results can no longer change.</translation>
    </message>
    <message>
        <source>Inspection {number} is {status}; only an open inspection can be closed.</source>
        <translation>Inspection {number} is {status}; only an open inspection can be closed.</translation>
    </message>
    <message>
        <source>The correction of sign {number} is {status}; it can no longer change.</source>
        <translation>The correction of sign {number} is {status}; it can no longer change.</translation>
    </message>
    <message>
        <source>The correction of sign {number} is {status} already.</source>
        <translation>The correction of sign {number} is {status} already.</translation>
    </message>
    <message>
        <source>The correction of sign {number} is {status}; no replacement is needed.</source>
        <translation>The correction of sign {number} is {status}; no replacement is needed.</translation>
    </message>
    <message>
        <source>Sign {number} already has a replacement request.</source>
        <translation>Sign {number} already has a replacement request.</translation>
    </message>
    <message>
        <source>The work-site sign for order {number} is {status} already.</source>
        <translation>The work-site sign for order {number} is {status} already.</translation>
    </message>
    <message>
        <source>That inspection no longer exists.</source>
        <translation>That inspection no longer exists.</translation>
    </message>
    <message>
        <source>There is no sign inspection {number}.</source>
        <translation>There is no sign inspection {number}.</translation>
    </message>
    <message>
        <source>That correction no longer exists.</source>
        <translation>That correction no longer exists.</translation>
    </message>
    <message>
        <source>Name who inspects (检查人).</source>
        <translation>Name who inspects (检查人).</translation>
    </message>
    <message>
        <source>There is no such department.</source>
        <translation>There is no such department.</translation>
    </message>
    <message>
        <source>A department head inspects the signs of one department; choose it.</source>
        <translation>A department head inspects the signs of one department; choose it.</translation>
    </message>
    <message>
        <source>No sign in use to inspect there.</source>
        <translation>No sign in use to inspect there.</translation>
    </message>
    <message>
        <source>A line is not on inspection {number}; open it again.</source>
        <translation>A line is not on inspection {number}; open it again.</translation>
    </message>
    <message>
        <source>Line {line}: {result} is not a result.</source>
        <translation>Line {line}: {result} is not a result.</translation>
    </message>
    <message>
        <source>The inspection day must be between its start ({start}) and today.</source>
        <translation>The inspection day must be between its start ({start}) and today.</translation>
    </message>
    <message>
        <source>{n} sign(s) have no result yet, the first {sign}.</source>
        <translation>{n} sign(s) have no result yet, the first {sign}.</translation>
    </message>
    <message>
        <source>The deadline cannot be before the inspection.</source>
        <translation>The deadline cannot be before the inspection.</translation>
    </message>
    <message>
        <source>Say what was done (纠正 / 预防措施) first.</source>
        <translation>Say what was done (纠正 / 预防措施) first.</translation>
    </message>
    <message>
        <source>The done date must be between the inspection and today.</source>
        <translation>The done date must be between the inspection and today.</translation>
    </message>
    <message>
        <source>Replacement requests are not available in this version.</source>
        <translation>Replacement requests are not available in this version.</translation>
    </message>
    <message>
        <source>That work-site sign no longer exists.</source>
        <translation>That work-site sign no longer exists.</translation>
    </message>
    <message>
        <source>There is no such sign.</source>
        <translation>There is no such sign.</translation>
    </message>
    <message>
        <source>Sign {number} is not a work-site sign (工作状态 / 警示).</source>
        <translation>Sign {number} is not a work-site sign (工作状态 / 警示).</translation>
    </message>
    <message>
        <source>Choose the sign or write what it says.</source>
        <translation>Choose the sign or write what it says.</translation>
    </message>
    <message>
        <source>Say where the sign is put up.</source>
        <translation>Say where the sign is put up.</translation>
    </message>
    <message>
        <source>Give the repair order the sign is put up for.</source>
        <translation>Give the repair order the sign is put up for.</translation>
    </message>
    <message>
        <source>The sign cannot be put up in the future.</source>
        <translation>The sign cannot be put up in the future.</translation>
    </message>
    <message>
        <source>Sign {number} is up elsewhere; take it down there first.</source>
        <translation>Sign {number} is up elsewhere; take it down there first.</translation>
    </message>
    <message>
        <source>It comes down between putting up ({start}) and now.</source>
        <translation>It comes down between putting up ({start}) and now.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be submitted.</source>
        <translation>{number} is {status}; only a draft can be submitted.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a submitted request can be approved.</source>
        <translation>{number} is {status}; only a submitted request can be approved.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a submitted request can be rejected.</source>
        <translation>{number} is {status}; only a submitted request can be rejected.</translation>
    </message>
    <message>
        <source>{number} is {status}; only an approved request goes into production.</source>
        <translation>{number} is {status}; only an approved request goes into production.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a sign in production can be installed.</source>
        <translation>{number} is {status}; only a sign in production can be installed.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a request not yet installed can be cancelled.</source>
        <translation>{number} is {status}; only a request not yet installed can be cancelled.</translation>
    </message>
    <message>
        <source>That sign request no longer exists.</source>
        <translation>That sign request no longer exists.</translation>
    </message>
    <message>
        <source>There is no sign request {number}.</source>
        <translation>There is no sign request {number}.</translation>
    </message>
    <message>
        <source>The sign cannot be needed by {needed}, before the request&apos;s date {date}.</source>
        <translation>The sign cannot be needed by {needed}, before the request&apos;s date {date}.</translation>
    </message>
    <message>
        <source>Name the applicant.</source>
        <translation>Name the applicant.</translation>
    </message>
    <message>
        <source>Say why the sign is needed.</source>
        <translation>Say why the sign is needed.</translation>
    </message>
    <message>
        <source>Sign {sign} already has replacement request {number} open.</source>
        <translation>Sign {sign} already has replacement request {number} open.</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>Say why the request is rejected.</translation>
    </message>
    <message>
        <source>The sign cannot be installed on {date}, before the request&apos;s date {requested}.</source>
        <translation>The sign cannot be installed on {date}, before the request&apos;s date {requested}.</translation>
    </message>
    <message>
        <source>Name who put the sign up.</source>
        <translation>Name who put the sign up.</translation>
    </message>
    <message>
        <source>Sign {sign}, which this request replaces, has already been removed.</source>
        <translation>Sign {sign}, which this request replaces, has already been removed.</translation>
    </message>
    <message>
        <source>{quarter} is not a quarter; write it as 2026-Q1.</source>
        <translation>{quarter} is not a quarter; write it as 2026-Q1.</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as 2026-03-31.</source>
        <translation>{date} is not a date; write it as 2026-03-31.</translation>
    </message>
    <message>
        <source>That complaint no longer exists.</source>
        <translation>That complaint no longer exists.</translation>
    </message>
    <message>
        <source>There is no complaint {number}.</source>
        <translation>There is no complaint {number}.</translation>
    </message>
    <message>
        <source>Who complains? The customer&apos;s name is required.</source>
        <translation>Who complains? The customer&apos;s name is required.</translation>
    </message>
    <message>
        <source>What is the complaint? The summary is required.</source>
        <translation>What is the complaint? The summary is required.</translation>
    </message>
    <message>
        <source>A complaint ruled not valid needs the explanation given to the customer.</source>
        <translation>A complaint ruled not valid needs the explanation given to the customer.</translation>
    </message>
    <message>
        <source>Which department handles it? The department is required.</source>
        <translation>Which department handles it? The department is required.</translation>
    </message>
    <message>
        <source>Who in the department signed for the notice?</source>
        <translation>Who in the department signed for the notice?</translation>
    </message>
    <message>
        <source>The first contact is later than the deadline: record the reason.</source>
        <translation>The first contact is later than the deadline: record the reason.</translation>
    </message>
    <message>
        <source>What is the remedy? The department&apos;s answer is required.</source>
        <translation>What is the remedy? The department&apos;s answer is required.</translation>
    </message>
    <message>
        <source>A customer not satisfied: write down what they said, for the department.</source>
        <translation>A customer not satisfied: write down what they said, for the department.</translation>
    </message>
    <message>
        <source>Why is it cancelled? A reason is required.</source>
        <translation>Why is it cancelled? A reason is required.</translation>
    </message>
    <message>
        <source>The callback on {number} is {status}; only a promised answer or a follow-up asked for is followed up.</source>
        <translation>The callback on {number} is {status}; only a promised answer or a follow-up asked for is followed up.</translation>
    </message>
    <message>
        <source>The callback on {number} is {status}; the manager reviews a callback once the customer has answered.</source>
        <translation>The callback on {number} is {status}; the manager reviews a callback once the customer has answered.</translation>
    </message>
    <message>
        <source>The callback on {number} was reviewed already.</source>
        <translation>The callback on {number} was reviewed already.</translation>
    </message>
    <message>
        <source>Who called back?</source>
        <translation>Who called back?</translation>
    </message>
    <message>
        <source>A customer not satisfied: write down what they said, for the case&apos;s owner.</source>
        <translation>A customer not satisfied: write down what they said, for the case&apos;s owner.</translation>
    </message>
    <message>
        <source>The customer cannot answer now: when is the office to call again?</source>
        <translation>The customer cannot answer now: when is the office to call again?</translation>
    </message>
    <message>
        <source>What came of the follow-up?</source>
        <translation>What came of the follow-up?</translation>
    </message>
    <message>
        <source>{value} is not one of the choices.</source>
        <translation>{value} is not one of the choices.</translation>
    </message>
    <message>
        <source>That case is not waiting for a callback (it was called back or has changed).</source>
        <translation>That case is not waiting for a callback (it was called back or has changed).</translation>
    </message>
    <message>
        <source>The promised time {time} has passed: promise a later time.</source>
        <translation>The promised time {time} has passed: promise a later time.</translation>
    </message>
    <message>
        <source>That callback no longer exists.</source>
        <translation>That callback no longer exists.</translation>
    </message>
    <message>
        <source>The customer&apos;s verdict is required at the follow-up.</source>
        <translation>The customer&apos;s verdict is required at the follow-up.</translation>
    </message>
    <message>
        <source>The time {time} is before the step before it ({before}).</source>
        <translation>The time {time} is before the step before it ({before}).</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a complaint not yet judged can be judged.</source>
        <translation>Complaint {number} is {status}; only a complaint not yet judged can be judged.</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a valid complaint not yet assigned can be assigned.</source>
        <translation>Complaint {number} is {status}; only a valid complaint not yet assigned can be assigned.</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only an assigned complaint&apos;s notice can be signed for.</source>
        <translation>Complaint {number} is {status}; only an assigned complaint&apos;s notice can be signed for.</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; the first contact is recorded once, after the department signed for the notice.</source>
        <translation>Complaint {number} is {status}; the first contact is recorded once, after the department signed for the notice.</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; a remedy is answered after the first contact, or again when the complaint was reopened.</source>
        <translation>Complaint {number} is {status}; a remedy is answered after the first contact, or again when the complaint was reopened.</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a complaint whose remedy was answered can be done.</source>
        <translation>Complaint {number} is {status}; only a complaint whose remedy was answered can be done.</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a done complaint is called back.</source>
        <translation>Complaint {number} is {status}; only a done complaint is called back.</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only an open complaint can be cancelled.</source>
        <translation>Complaint {number} is {status}; only an open complaint can be cancelled.</translation>
    </message>
    <message>
        <source>Give the period as YYYY-MM, YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>Give the period as YYYY-MM, YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Give the period as a half-year (2026H1, 2026H2) or a year (2026).</source>
        <translation>Give the period as a half-year (2026H1, 2026H2) or a year (2026).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>That consultation no longer exists.</source>
        <translation>That consultation no longer exists.</translation>
    </message>
    <message>
        <source>That customer consulted no longer exists.</source>
        <translation>That customer consulted no longer exists.</translation>
    </message>
    <message>
        <source>There is no consultation {number}.</source>
        <translation>There is no consultation {number}.</translation>
    </message>
    <message>
        <source>Line {line}: who was consulted? The person&apos;s name is required.</source>
        <translation>Line {line}: who was consulted? The person&apos;s name is required.</translation>
    </message>
    <message>
        <source>What was done about it? The follow-up is required.</source>
        <translation>What was done about it? The follow-up is required.</translation>
    </message>
    <message>
        <source>A customer not satisfied: write down what they said.</source>
        <translation>A customer not satisfied: write down what they said.</translation>
    </message>
    <message>
        <source>The time {time} is before the consultation ({before}).</source>
        <translation>The time {time} is before the consultation ({before}).</translation>
    </message>
    <message>
        <source>The day {day} is in the future.</source>
        <translation>The day {day} is in the future.</translation>
    </message>
    <message>
        <source>Who was consulted? Enter at least one customer.</source>
        <translation>Who was consulted? Enter at least one customer.</translation>
    </message>
    <message>
        <source>At most {n} customers in one consultation.</source>
        <translation>At most {n} customers in one consultation.</translation>
    </message>
    <message>
        <source>Line {line}: the answer is promised before the consultation.</source>
        <translation>Line {line}: the answer is promised before the consultation.</translation>
    </message>
    <message>
        <source>{person} of consultation {number} waits for no answer.</source>
        <translation>{person} of consultation {number} waits for no answer.</translation>
    </message>
    <message>
        <source>Consultation {number} is {status}; its follow-ups are recorded before the manager reviews it.</source>
        <translation>Consultation {number} is {status}; its follow-ups are recorded before the manager reviews it.</translation>
    </message>
    <message>
        <source>Consultation {number} is {status}; no customer of it waits for a promised answer.</source>
        <translation>Consultation {number} is {status}; no customer of it waits for a promised answer.</translation>
    </message>
    <message>
        <source>Consultation {number} is {status}; the manager reviews it once every opinion is followed up and every promised answer given.</source>
        <translation>Consultation {number} is {status}; the manager reviews it once every opinion is followed up and every promised answer given.</translation>
    </message>
    <message>
        <source>That survey no longer exists.</source>
        <translation>That survey no longer exists.</translation>
    </message>
    <message>
        <source>There is no survey {number}.</source>
        <translation>There is no survey {number}.</translation>
    </message>
    <message>
        <source>Form {line}: the ratings must be ten of 1 (satisfied), 2 (fairly satisfied), 3 (dissatisfied) or 0 (not answered).</source>
        <translation>Form {line}: the ratings must be ten of 1 (satisfied), 2 (fairly satisfied), 3 (dissatisfied) or 0 (not answered).</translation>
    </message>
    <message>
        <source>What is the survey called? The title is required.</source>
        <translation>What is the survey called? The title is required.</translation>
    </message>
    <message>
        <source>Form {line} has no rating and no opinion; remove the line or type its ratings.</source>
        <translation>Form {line} has no rating and no opinion; remove the line or type its ratings.</translation>
    </message>
    <message>
        <source>Form {line} is not one of survey {number}&apos;s forms.</source>
        <translation>Form {line} is not one of survey {number}&apos;s forms.</translation>
    </message>
    <message>
        <source>Survey {number} sent out {sent} forms; {returned} cannot have come back. Correct the number sent out first.</source>
        <translation>Survey {number} sent out {sent} forms; {returned} cannot have come back. Correct the number sent out first.</translation>
    </message>
    <message>
        <source>That survey form no longer exists.</source>
        <translation>That survey form no longer exists.</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; only a draft survey can be changed.</source>
        <translation>Survey {number} is {status}; only a draft survey can be changed.</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; only a draft survey can be opened for entry.</source>
        <translation>Survey {number} is {status}; only a draft survey can be opened for entry.</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; returned forms are entered while the survey is open for entry.</source>
        <translation>Survey {number} is {status}; returned forms are entered while the survey is open for entry.</translation>
    </message>
    <message>
        <source>Survey {number} has no returned form yet; enter the forms before closing it.</source>
        <translation>Survey {number} has no returned form yet; enter the forms before closing it.</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; only a survey open for entry can be closed.</source>
        <translation>Survey {number} is {status}; only a survey open for entry can be closed.</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; its result is shown once it is open for entry.</source>
        <translation>Survey {number} is {status}; its result is shown once it is open for entry.</translation>
    </message>
    <message>
        <source>Give the dates as YYYY-MM-DD.</source>
        <translation>Give the dates as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{number} is a work ticket: the vendor replies and it is re-inspected.</source>
        <translation>{number} is a work ticket: the vendor replies and it is re-inspected.</translation>
    </message>
    <message>
        <source>{number} is a minor fault, fixed within the hour: it has no work ticket.</source>
        <translation>{number} is a minor fault, fixed within the hour: it has no work ticket.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a fault still to be fixed can be marked fixed.</source>
        <translation>{number} is {status}; only a fault still to be fixed can be marked fixed.</translation>
    </message>
    <message>
        <source>{number} is {status}; the vendor replies to a ticket still to be fixed.</source>
        <translation>{number} is {status}; the vendor replies to a ticket still to be fixed.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a ticket the vendor replied to can be re-inspected.</source>
        <translation>{number} is {status}; only a ticket the vendor replied to can be re-inspected.</translation>
    </message>
    <message>
        <source>That defect no longer exists.</source>
        <translation>That defect no longer exists.</translation>
    </message>
    <message>
        <source>There is no defect {number}.</source>
        <translation>There is no defect {number}.</translation>
    </message>
    <message>
        <source>{moment} is in the future.</source>
        <translation>{moment} is in the future.</translation>
    </message>
    <message>
        <source>{moment} is before {earliest}.</source>
        <translation>{moment} is before {earliest}.</translation>
    </message>
    <message>
        <source>Choose the vendor.</source>
        <translation>Choose the vendor.</translation>
    </message>
    <message>
        <source>Choose the kind of defect.</source>
        <translation>Choose the kind of defect.</translation>
    </message>
    <message>
        <source>Give the work ticket&apos;s deadline.</source>
        <translation>Give the work ticket&apos;s deadline.</translation>
    </message>
    <message>
        <source>The deadline {due} must be after the defect was found ({found}).</source>
        <translation>The deadline {due} must be after the defect was found ({found}).</translation>
    </message>
    <message>
        <source>{vendor} no longer works here.</source>
        <translation>{vendor} no longer works here.</translation>
    </message>
    <message>
        <source>Say what is wrong.</source>
        <translation>Say what is wrong.</translation>
    </message>
    <message>
        <source>Type the vendor&apos;s reply.</source>
        <translation>Type the vendor&apos;s reply.</translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation>Give the new deadline.</translation>
    </message>
    <message>
        <source>The new deadline {due} must be after the re-inspection ({at}).</source>
        <translation>The new deadline {due} must be after the re-inspection ({at}).</translation>
    </message>
    <message>
        <source>That evaluation no longer exists.</source>
        <translation>That evaluation no longer exists.</translation>
    </message>
    <message>
        <source>There is no evaluation {number}.</source>
        <translation>There is no evaluation {number}.</translation>
    </message>
    <message>
        <source>An evaluation cannot be dated after today.</source>
        <translation>An evaluation cannot be dated after today.</translation>
    </message>
    <message>
        <source>Choose the kind of evaluation.</source>
        <translation>Choose the kind of evaluation.</translation>
    </message>
    <message>
        <source>There is no criteria sheet of this kind for {vendor}&apos;s service; set one up first.</source>
        <translation>There is no criteria sheet of this kind for {vendor}&apos;s service; set one up first.</translation>
    </message>
    <message>
        <source>Name who evaluates (考评人).</source>
        <translation>Name who evaluates (考评人).</translation>
    </message>
    <message>
        <source>Item {seq} is worth {points} points; it cannot lose {off}.</source>
        <translation>Item {seq} is worth {points} points; it cannot lose {off}.</translation>
    </message>
    <message>
        <source>Item {seq} did not pass: type the points off (more than 0).</source>
        <translation>Item {seq} did not pass: type the points off (more than 0).</translation>
    </message>
    <message>
        <source>An item is not on evaluation {number}; open it again.</source>
        <translation>An item is not on evaluation {number}; open it again.</translation>
    </message>
    <message>
        <source>Item {seq} lost points: note the problem found.</source>
        <translation>Item {seq} lost points: note the problem found.</translation>
    </message>
    <message>
        <source>The rectification deadline is before the evaluation.</source>
        <translation>The rectification deadline is before the evaluation.</translation>
    </message>
    <message>
        <source>Name who signs for the vendor.</source>
        <translation>Name who signs for the vendor.</translation>
    </message>
    <message>
        <source>Say whether the vendor agrees or objects.</source>
        <translation>Say whether the vendor agrees or objects.</translation>
    </message>
    <message>
        <source>Write the vendor&apos;s objection.</source>
        <translation>Write the vendor&apos;s objection.</translation>
    </message>
    <message>
        <source>The vendor signs between the evaluation ({date}) and today.</source>
        <translation>The vendor signs between the evaluation ({date}) and today.</translation>
    </message>
    <message>
        <source>Write the ruling on the objection.</source>
        <translation>Write the ruling on the objection.</translation>
    </message>
    <message>
        <source>{number} is {status}; only a sheet waiting for the vendor can be signed by the vendor.</source>
        <translation>{number} is {status}; only a sheet waiting for the vendor can be signed by the vendor.</translation>
    </message>
    <message>
        <source>{number} is {status}; only an objection can be ruled on.</source>
        <translation>{number} is {status}; only an objection can be ruled on.</translation>
    </message>
    <message>
        <source>{number} is {status}; a confirmed or cancelled sheet cannot be cancelled.</source>
        <translation>{number} is {status}; a confirmed or cancelled sheet cannot be cancelled.</translation>
    </message>
    <message>
        <source>Choose how the month runs.</source>
        <translation>Choose how the month runs.</translation>
    </message>
    <message>
        <source>{month} is not a month; write it as 2026-03.</source>
        <translation>{month} is not a month; write it as 2026-03.</translation>
    </message>
    <message>
        <source>Settlement {number} is {status}; an approved month is no longer recomputed.</source>
        <translation>Settlement {number} is {status}; an approved month is no longer recomputed.</translation>
    </message>
    <message>
        <source>Settlement {number} is {status}; only a draft can be approved.</source>
        <translation>Settlement {number} is {status}; only a draft can be approved.</translation>
    </message>
    <message>
        <source>Settlement {number} is {status}; the vendor confirms an approved settlement once.</source>
        <translation>Settlement {number} is {status}; the vendor confirms an approved settlement once.</translation>
    </message>
    <message>
        <source>{vendor} has no contract in force from {first} to {last}.</source>
        <translation>{vendor} has no contract in force from {first} to {last}.</translation>
    </message>
    <message>
        <source>{vendor} has no confirmed daily or systematic evaluation from {first} to {last}; there is nothing to score.</source>
        <translation>{vendor} has no confirmed daily or systematic evaluation from {first} to {last}; there is nothing to score.</translation>
    </message>
    <message>
        <source>That settlement no longer exists.</source>
        <translation>That settlement no longer exists.</translation>
    </message>
    <message>
        <source>There is no vendor settlement {number}.</source>
        <translation>There is no vendor settlement {number}.</translation>
    </message>
    <message>
        <source>The sheets of settlement {number} have changed since it was computed; recompute it before approving.</source>
        <translation>The sheets of settlement {number} have changed since it was computed; recompute it before approving.</translation>
    </message>
    <message>
        <source>The vendor cannot confirm before the manager approved ({day}).</source>
        <translation>The vendor cannot confirm before the manager approved ({day}).</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2026-10-01).</source>
        <translation>{value} is not a date (write it as 2026-10-01).</translation>
    </message>
    <message>
        <source>At most {n} days can be listed.</source>
        <translation>At most {n} days can be listed.</translation>
    </message>
    <message>
        <source>{day} is a weekday already; list only Saturdays and Sundays worked.</source>
        <translation>{day} is a weekday already; list only Saturdays and Sundays worked.</translation>
    </message>
    <message>
        <source>Write the office hours as 08:30-17:30 (the start before the end).</source>
        <translation>Write the office hours as 08:30-17:30 (the start before the end).</translation>
    </message>
    <message>
        <source>{value} is not a half-year (write it as 2026H1 or 2026H2).</source>
        <translation>{value} is not a half-year (write it as 2026H1 or 2026H2).</translation>
    </message>
    <message>
        <source>A report on {half} cannot be received before the half-year begins ({start}).</source>
        <translation>A report on {half} cannot be received before the half-year begins ({start}).</translation>
    </message>
    <message>
        <source>{vendor}&apos;s density report on {half} is recorded already.</source>
        <translation>{vendor}&apos;s density report on {half} is recorded already.</translation>
    </message>
    <message>
        <source>Write down what the report found (the densities, up to the national standard or not).</source>
        <translation>Write down what the report found (the densities, up to the national standard or not).</translation>
    </message>
    <message>
        <source>Treatment {number} is {status}; only a planned treatment is recorded done.</source>
        <translation>Treatment {number} is {status}; only a planned treatment is recorded done.</translation>
    </message>
    <message>
        <source>Treatment {number} is {status}; only a planned treatment can be cancelled.</source>
        <translation>Treatment {number} is {status}; only a planned treatment can be cancelled.</translation>
    </message>
    <message>
        <source>Treatment {number} is the remedy for an unsatisfied callback; it is to be done, not cancelled.</source>
        <translation>Treatment {number} is the remedy for an unsatisfied callback; it is to be done, not cancelled.</translation>
    </message>
    <message>
        <source>That pest treatment no longer exists.</source>
        <translation>That pest treatment no longer exists.</translation>
    </message>
    <message>
        <source>Choose the pest-control contractor.</source>
        <translation>Choose the pest-control contractor.</translation>
    </message>
    <message>
        <source>{vendor} is not a pest-control contractor.</source>
        <translation>{vendor} is not a pest-control contractor.</translation>
    </message>
    <message>
        <source>{vendor} is no longer active.</source>
        <translation>{vendor} is no longer active.</translation>
    </message>
    <message>
        <source>Which areas: public areas, offices or both?</source>
        <translation>Which areas: public areas, offices or both?</translation>
    </message>
    <message>
        <source>Give the day planned.</source>
        <translation>Give the day planned.</translation>
    </message>
    <message>
        <source>A treatment asked for on {asked} can be planned on {earliest} at the earliest (a working day&apos;s notice to the contractor).</source>
        <translation>A treatment asked for on {asked} can be planned on {earliest} at the earliest (a working day&apos;s notice to the contractor).</translation>
    </message>
    <message>
        <source>Who asked for the treatment?</source>
        <translation>Who asked for the treatment?</translation>
    </message>
    <message>
        <source>What is the treatment for (where, which pests)?</source>
        <translation>What is the treatment for (where, which pests)?</translation>
    </message>
    <message>
        <source>When was it done?</source>
        <translation>When was it done?</translation>
    </message>
    <message>
        <source>The treatment cannot be done before it was asked for ({time}).</source>
        <translation>The treatment cannot be done before it was asked for ({time}).</translation>
    </message>
    <message>
        <source>{time} is inside office hours ({start}–{end}): treatments are after office hours.</source>
        <translation>{time} is inside office hours ({start}–{end}): treatments are after office hours.</translation>
    </message>
    <message>
        <source>Which agent was used?</source>
        <translation>Which agent was used?</translation>
    </message>
    <message>
        <source>Who did the treatment?</source>
        <translation>Who did the treatment?</translation>
    </message>
    <message>
        <source>The contractor&apos;s signature: who signed?</source>
        <translation>The contractor&apos;s signature: who signed?</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>Say why it is cancelled.</translation>
    </message>
    <message>
        <source>That vendor no longer exists.</source>
        <translation>That vendor no longer exists.</translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation>That contract no longer exists.</translation>
    </message>
    <message>
        <source>Choose the vendor&apos;s kind.</source>
        <translation>Choose the vendor&apos;s kind.</translation>
    </message>
    <message>
        <source>The kind {name} is out of use.</source>
        <translation>The kind {name} is out of use.</translation>
    </message>
    <message>
        <source>The vendor&apos;s name is required.</source>
        <translation>The vendor&apos;s name is required.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>That template no longer exists.</translation>
    </message>
    <message>
        <source>The template {name} is for another kind of vendor than {vendor}.</source>
        <translation>The template {name} is for another kind of vendor than {vendor}.</translation>
    </message>
    <message>
        <source>The contract&apos;s number is required.</source>
        <translation>The contract&apos;s number is required.</translation>
    </message>
    <message>
        <source>The monthly fee is required.</source>
        <translation>The monthly fee is required.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>The contract ends before it starts.</translation>
    </message>
    <message>
        <source>Contract {number} already exists.</source>
        <translation>Contract {number} already exists.</translation>
    </message>
    <message>
        <source>{vendor} already has contract {number} from {start} to {end}; one vendor&apos;s contracts cannot overlap.</source>
        <translation>{vendor} already has contract {number} from {start} to {end}; one vendor&apos;s contracts cannot overlap.</translation>
    </message>
    <message>
        <source>The fee bands leave scores from {low} to {high} without a band.</source>
        <translation>The fee bands leave scores from {low} to {high} without a band.</translation>
    </message>
    <message>
        <source>The fee bands overlap from {low} to {high}.</source>
        <translation>The fee bands overlap from {low} to {high}.</translation>
    </message>
    <message>
        <source>A contract needs its fee bands.</source>
        <translation>A contract needs its fee bands.</translation>
    </message>
    <message>
        <source>A fee band from {low} must run up to a higher score.</source>
        <translation>A fee band from {low} must run up to a higher score.</translation>
    </message>
    <message>
        <source>A lower score cannot cost the vendor less than a higher one.</source>
        <translation>A lower score cannot cost the vendor less than a higher one.</translation>
    </message>
    <message>
        <source>A template needs its items.</source>
        <translation>A template needs its items.</translation>
    </message>
    <message>
        <source>Item {n} has no standard written.</source>
        <translation>Item {n} has no standard written.</translation>
    </message>
    <message>
        <source>The items&apos; points add to {total}, not 100.</source>
        <translation>The items&apos; points add to {total}, not 100.</translation>
    </message>
    <message>
        <source>{name} version {version} has been replaced; edit the version in use.</source>
        <translation>{name} version {version} has been replaced; edit the version in use.</translation>
    </message>
    <message>
        <source>The template&apos;s name is required.</source>
        <translation>The template&apos;s name is required.</translation>
    </message>
    <message>
        <source>Choose the sheet the template is for.</source>
        <translation>Choose the sheet the template is for.</translation>
    </message>
    <message>
        <source>Give the period as YYYY-MM or YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>Give the period as YYYY-MM or YYYY-MM-DD..YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>There is no criteria sheet {ref}.</source>
        <translation>There is no criteria sheet {ref}.</translation>
    </message>
    <message>
        <source>{text} is not a year and a vendor; write it as 2026/1.</source>
        <translation>{text} is not a year and a vendor; write it as 2026/1.</translation>
    </message>
    <message>
        <source>There is no vendor {vendor}.</source>
        <translation>There is no vendor {vendor}.</translation>
    </message>
    <message>
        <source>{value} is not a month (write it as 2026-03).</source>
        <translation>{value} is not a month (write it as 2026-03).</translation>
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
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>FrontDesk met an unexpected error and did not finish what it was doing. What you saved before is safe. Please tell your administrator and give them the log file:
{path}

({error})</source>
        <translation>FrontDesk met an unexpected error and did not finish what it was doing. What you saved before is safe. Please tell your administrator and give them the log file:
{path}

({error})</translation>
    </message>
</context>
<context>
    <name>EvaluationSheet</name>
    <message>
        <source>Evaluation {number} — {vendor}</source>
        <translation>Evaluation {number} — {vendor}</translation>
    </message>
    <message>
        <source>{kind} · {day} · by {by} · {status}</source>
        <translation>{kind} · {day} · by {by} · {status}</translation>
    </message>
    <message>
        <source>Space or Enter passes an item and goes down; a digit types the points off, Enter goes on to the problem. T asks for a work ticket, Delete passes it again. Ctrl+S saves, F9 submits.</source>
        <translation>Space or Enter passes an item and goes down; a digit types the points off, Enter goes on to the problem. T asks for a work ticket, Delete passes it again. Ctrl+S saves, F9 submits.</translation>
    </message>
    <message>
        <source>The vendor objects: {objection}. Change the points off where the objection holds, write the ruling and rule (F7).</source>
        <translation>The vendor objects: {objection}. Change the points off where the objection holds, write the ruling and rule (F7).</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Read only.</translation>
    </message>
    <message>
        <source>The ruling (upheld, or what was amended and why)</source>
        <translation>The ruling (upheld, or what was amended and why)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Submit (F9)</source>
        <translation>Submit (F9)</translation>
    </message>
    <message>
        <source>Rule (F7)</source>
        <translation>Rule (F7)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Problems found (empty: the items&apos; problems)</source>
        <translation>Problems found (empty: the items&apos; problems)</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>Rectify by</translation>
    </message>
    <message>
        <source>Unticked: one day after the evaluation when an item lost points</source>
        <translation>Unticked: one day after the evaluation when an item lost points</translation>
    </message>
    <message>
        <source>Score {score} · {failed} item(s) lost points</source>
        <translation>Score {score} · {failed} item(s) lost points</translation>
    </message>
</context>
<context>
    <name>EvaluationsView</name>
    <message>
        <source>New sheet…</source>
        <translation>New sheet…</translation>
    </message>
    <message>
        <source>A daily round, a weekly, systematic or month-end check of a vendor</source>
        <translation>A daily round, a weekly, systematic or month-end check of a vendor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>The sheet&apos;s items: scored on a draft, amended on an objection</source>
        <translation>The sheet&apos;s items: scored on a draft, amended on an objection</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>The sheet counts: its score, failure and defects stand</source>
        <translation>The sheet counts: its score, failure and defects stand</translation>
    </message>
    <message>
        <source>Vendor&apos;s signature…</source>
        <translation>Vendor&apos;s signature…</translation>
    </message>
    <message>
        <source>Who signed for the vendor, when, agrees or objects</source>
        <translation>Who signed for the vendor, when, agrees or objects</translation>
    </message>
    <message>
        <source>Rule on objection…</source>
        <translation>Rule on objection…</translation>
    </message>
    <message>
        <source>Uphold the sheet or amend its points off</source>
        <translation>Uphold the sheet or amend its points off</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel the sheet, with the reason</source>
        <translation>Cancel the sheet, with the reason</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The sheet as scored</source>
        <translation>The sheet as scored</translation>
    </message>
    <message>
        <source>Blank sheet…</source>
        <translation>Blank sheet…</translation>
    </message>
    <message>
        <source>A criteria template&apos;s sheet to fill in on the round</source>
        <translation>A criteria template&apos;s sheet to fill in on the round</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>All vendors</translation>
    </message>
    <message>
        <source>Serious or not</source>
        <translation>Serious or not</translation>
    </message>
    <message>
        <source>Serious failures</source>
        <translation>Serious failures</translation>
    </message>
    <message>
        <source>Serious failures open</source>
        <translation>Serious failures open</translation>
    </message>
    <message>
        <source>serious failures open: {n}</source>
        <translation>serious failures open: {n}</translation>
    </message>
    <message>
        <source>waiting for the vendor&apos;s signature: {n}</source>
        <translation>waiting for the vendor&apos;s signature: {n}</translation>
    </message>
    <message>
        <source>objections to rule on: {n}</source>
        <translation>objections to rule on: {n}</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Select a line in the list first.</source>
        <translation>Select a line in the list first.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evaluated by (考评人)</source>
        <translation>Evaluated by (考评人)</translation>
    </message>
    <message>
        <source>The vendor&apos;s lead present</source>
        <translation>The vendor&apos;s lead present</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Submit {number}</source>
        <translation>Submit {number}</translation>
    </message>
    <message>
        <source>Submit {number}? Its score ({score}) stands and the vendor signs it next.</source>
        <translation>Submit {number}? Its score ({score}) stands and the vendor signs it next.</translation>
    </message>
    <message>
        <source>Signed for the vendor by</source>
        <translation>Signed for the vendor by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>The vendor</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <source>Objection (why)</source>
        <translation>Objection (why)</translation>
    </message>
    <message>
        <source>The vendor&apos;s signature on {number}</source>
        <translation>The vendor&apos;s signature on {number}</translation>
    </message>
    <message>
        <source>{vendor}: score {score}. {problems}</source>
        <translation>{vendor}: score {score}. {problems}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>Cancel {number}</translation>
    </message>
    <message>
        <source>Cancel the sheet</source>
        <translation>Cancel the sheet</translation>
    </message>
    <message>
        <source>Evaluation {number}</source>
        <translation>Evaluation {number}</translation>
    </message>
    <message>
        <source>Criteria sheet</source>
        <translation>Criteria sheet</translation>
    </message>
    <message>
        <source>Blank sheet</source>
        <translation>Blank sheet</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>Row {row}, {column}</source>
        <translation>Row {row}, {column}</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {file} cannot be imported, so nothing was imported. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>%n row(s) of {file} cannot be imported, so nothing was imported. Correct them in the file and import it again.</numerusform>
            <numerusform>%n row(s) of {file} cannot be imported, so nothing was imported. Correct them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>InspectionSettings</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Days to correct a failed sign:</source>
        <translation>Days to correct a failed sign:</translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Work-site signs</source>
        <translation>Work-site signs</translation>
    </message>
    <message>
        <source>Start inspection…</source>
        <translation>Start inspection…</translation>
    </message>
    <message>
        <source>A department or the whole building: its signs in use now are the lines</source>
        <translation>A department or the whole building: its signs in use now are the lines</translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation>Print sheet</translation>
    </message>
    <message>
        <source>The blind inspection sheet with its tick columns</source>
        <translation>The blind inspection sheet with its tick columns</translation>
    </message>
    <message>
        <source>Enter results…</source>
        <translation>Enter results…</translation>
    </message>
    <message>
        <source>Type one key per sign from the filled-in sheet</source>
        <translation>Type one key per sign from the filled-in sheet</translation>
    </message>
    <message>
        <source>Close inspection</source>
        <translation>Close inspection</translation>
    </message>
    <message>
        <source>Write each sign&apos;s result; failed signs wait for a correction</source>
        <translation>Write each sign&apos;s result; failed signs wait for a correction</translation>
    </message>
    <message>
        <source>Quarter record…</source>
        <translation>Quarter record…</translation>
    </message>
    <message>
        <source>Print the 季度检查记录</source>
        <translation>Print the 季度检查记录</translation>
    </message>
    <message>
        <source>Correction…</source>
        <translation>Correction…</translation>
    </message>
    <message>
        <source>The correction (纠正 / 预防措施) and its deadline</source>
        <translation>The correction (纠正 / 预防措施) and its deadline</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>The correction is done: the sign is back in use</source>
        <translation>The correction is done: the sign is back in use</translation>
    </message>
    <message>
        <source>Replacement request</source>
        <translation>Replacement request</translation>
    </message>
    <message>
        <source>A draft request for a new sign to replace this one</source>
        <translation>A draft request for a new sign to replace this one</translation>
    </message>
    <message>
        <source>Put up work sign…</source>
        <translation>Put up work sign…</translation>
    </message>
    <message>
        <source>A 工作状态 / 警示 sign put up for a repair job</source>
        <translation>A 工作状态 / 警示 sign put up for a repair job</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>Taken down</translation>
    </message>
    <message>
        <source>The work-site sign has come down</source>
        <translation>The work-site sign has come down</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>{quarter}: {done} of {signs} sign(s) inspected</source>
        <translation>{quarter}: {done} of {signs} sign(s) inspected</translation>
    </message>
    <message>
        <source>{quarter}: not inspected in full ({missing} sign(s) left)</source>
        <translation>{quarter}: not inspected in full ({missing} sign(s) left)</translation>
    </message>
    <message>
        <source>{quarter}: inspected in full</source>
        <translation>{quarter}: inspected in full</translation>
    </message>
    <message>
        <source>earlier quarters not in full: {quarters}</source>
        <translation>earlier quarters not in full: {quarters}</translation>
    </message>
    <message>
        <source>corrections open: {n}</source>
        <translation>corrections open: {n}</translation>
    </message>
    <message>
        <source>late: {n}</source>
        <translation>late: {n}</translation>
    </message>
    <message>
        <source>not found: {n}</source>
        <translation>not found: {n}</translation>
    </message>
    <message>
        <source>work-site signs left up: {n}</source>
        <translation>work-site signs left up: {n}</translation>
    </message>
    <message>
        <source>Select a line in the list first.</source>
        <translation>Select a line in the list first.</translation>
    </message>
    <message>
        <source>Whole building</source>
        <translation>Whole building</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Inspected by (检查人)</source>
        <translation>Inspected by (检查人)</translation>
    </message>
    <message>
        <source>A department head inspecting their own signs, or the clerk</source>
        <translation>A department head inspecting their own signs, or the clerk</translation>
    </message>
    <message>
        <source>Start an inspection</source>
        <translation>Start an inspection</translation>
    </message>
    <message>
        <source>Every quarter every sign in use is inspected; a department head may inspect their own signs at any time.</source>
        <translation>Every quarter every sign in use is inspected; a department head may inspect their own signs at any time.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Inspection sheet {number}</source>
        <translation>Inspection sheet {number}</translation>
    </message>
    <message>
        <source>Close inspection {number}</source>
        <translation>Close inspection {number}</translation>
    </message>
    <message>
        <source>Close inspection {number}? Each sign&apos;s result is written; failed signs wait for a correction.</source>
        <translation>Close inspection {number}? Each sign&apos;s result is written; failed signs wait for a correction.</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Quarter record</source>
        <translation>Quarter record</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Quarter record {quarter}</source>
        <translation>Quarter record {quarter}</translation>
    </message>
    <message>
        <source>Correction / prevention (纠正 / 预防措施)</source>
        <translation>Correction / prevention (纠正 / 预防措施)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Correction of sign {number}</source>
        <translation>Correction of sign {number}</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Correction of sign {number} done</source>
        <translation>Correction of sign {number} done</translation>
    </message>
    <message>
        <source>A draft replacement request for sign {number} is in the requests list.</source>
        <translation>A draft replacement request for sign {number} is in the requests list.</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>A 工作状态 / 警示 sign of the registry, or leave empty and write the text</source>
        <translation>A 工作状态 / 警示 sign of the registry, or leave empty and write the text</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Put up a work-site sign</source>
        <translation>Put up a work-site sign</translation>
    </message>
</context>
<context>
    <name>IssueSlipsView</name>
    <message>
        <source>There is no repair order {number}.</source>
        <translation>There is no repair order {number}.</translation>
    </message>
    <message>
        <source>{order} (cancelled: nothing is issued for it)</source>
        <translation>{order} (cancelled: nothing is issued for it)</translation>
    </message>
    <message>
        <source>New issue slip</source>
        <translation>New issue slip</translation>
    </message>
    <message>
        <source>Type an issue slip (Ctrl+N)</source>
        <translation>Type an issue slip (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the issue slip (Enter)</source>
        <translation>Open the issue slip (Enter)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The duty officer signs the slip: the goods leave the store</source>
        <translation>The duty officer signs the slip: the goods leave the store</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel the slip with the reason; a signed one brings its goods back into stock</source>
        <translation>Cancel the slip with the reason; a signed one brings its goods back into stock</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the issue slip (出库单)</source>
        <translation>Print the issue slip (出库单)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Issue slip {number}</source>
        <translation>Issue slip {number}</translation>
    </message>
    <message>
        <source>Optional: type its number, room or fault, or press Down for the open orders</source>
        <translation>Optional: type its number, room or fault, or press Down for the open orders</translation>
    </message>
    <message>
        <source>Issue slip {number} — {status}</source>
        <translation>Issue slip {number} — {status}</translation>
    </message>
    <message>
        <source>Sign issue slip {number} for {receiver} ({department})?

{lines}

The goods leave the store now.</source>
        <translation>Sign issue slip {number} for {receiver} ({department})?

{lines}

The goods leave the store now.</translation>
    </message>
    <message>
        <source>Issue slip {number} is signed: its goods come back into stock at their cost, dated like the slip. The slip stays, marked cancelled.</source>
        <translation>Issue slip {number} is signed: its goods come back into stock at their cost, dated like the slip. The slip stays, marked cancelled.</translation>
    </message>
    <message>
        <source>The draft {number} ends here; its number stays, marked cancelled.</source>
        <translation>The draft {number} ends here; its number stays, marked cancelled.</translation>
    </message>
</context>
<context>
    <name>ItemLedgerDialog</name>
    <message>
        <source>Ledger of {code} {name}</source>
        <translation>Ledger of {code} {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code} {name}&lt;/b&gt; {spec} — on hand {qty}, worth {value} yuan, average cost {cost}</source>
        <translation>&lt;b&gt;{code} {name}&lt;/b&gt; {spec} — on hand {qty}, worth {value} yuan, average cost {cost}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Balance value</source>
        <translation>Balance value</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>Brought forward</translation>
    </message>
    <message>
        <source>Total of the span</source>
        <translation>Total of the span</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Result (Space: pass, digit: points off)</source>
        <translation>Result (Space: pass, digit: points off)</translation>
    </message>
    <message>
        <source>Points off</source>
        <translation>Points off</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ticket (T)</source>
        <translation>Ticket (T)</translation>
    </message>
    <message>
        <source> (serious)</source>
        <translation> (serious)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Add an item to the list (Ctrl+N)</source>
        <translation>Add an item to the list (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Correct the selected item (Enter)</source>
        <translation>Correct the selected item (Enter)</translation>
    </message>
    <message>
        <source>Ledger…</source>
        <translation>Ledger…</translation>
    </message>
    <message>
        <source>The item&apos;s ledger (物料帐): every movement with the running balance</source>
        <translation>The item&apos;s ledger (物料帐): every movement with the running balance</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Categories…</translation>
    </message>
    <message>
        <source>Add, rename or retire item categories</source>
        <translation>Add, rename or retire item categories</translation>
    </message>
    <message>
        <source>Download import template…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <source>Save the spreadsheet to fill in for an import</source>
        <translation>Save the spreadsheet to fill in for an import</translation>
    </message>
    <message>
        <source>Import from .xlsx…</source>
        <translation>Import from .xlsx…</translation>
    </message>
    <message>
        <source>Add the items of a filled-in import template, with their opening stock</source>
        <translation>Add the items of a filled-in import template, with their opening stock</translation>
    </message>
    <message>
        <source>Below safety stock</source>
        <translation>Below safety stock</translation>
    </message>
    <message>
        <source>In use only</source>
        <translation>In use only</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>e.g. M4×20, DN20</source>
        <translation>e.g. M4×20, DN20</translation>
    </message>
    <message>
        <source>e.g. 个, 盒, 米</source>
        <translation>e.g. 个, 盒, 米</translation>
    </message>
    <message>
        <source>Fixed once stock has moved</source>
        <translation>Fixed once stock has moved</translation>
    </message>
    <message>
        <source>Shelf, e.g. A-01</source>
        <translation>Shelf, e.g. A-01</translation>
    </message>
    <message>
        <source>Below this the item is red and goes on a request drafted from low stock</source>
        <translation>Below this the item is red and goes on a request drafted from low stock</translation>
    </message>
    <message>
        <source>Item {code}</source>
        <translation>Item {code}</translation>
    </message>
    <message>
        <source>On hand: {qty}, worth {value} yuan.</source>
        <translation>On hand: {qty}, worth {value} yuan.</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>The template is saved as {path}.

Fill in one item per row (the second sheet explains the columns), then import it here.</source>
        <translation>The template is saved as {path}.

Fill in one item per row (the second sheet explains the columns), then import it here.</translation>
    </message>
    <message>
        <source>Import items from a workbook</source>
        <translation>Import items from a workbook</translation>
    </message>
    <message>
        <source>Importing items…</source>
        <translation>Importing items…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported from {file}.</source>
        <translation>
            <numerusform>%n item(s) imported from {file}.</numerusform>
            <numerusform>%n item(s) imported from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Print a long list</source>
        <translation>Print a long list</translation>
    </message>
    <message>
        <source>The whole list is about {pages} pages ({rows} rows).</source>
        <translation>The whole list is about {pages} pages ({rows} rows).</translation>
    </message>
    <message>
        <source>Print only the rows on the screen, or all of them?</source>
        <translation>Print only the rows on the screen, or all of them?</translation>
    </message>
    <message>
        <source>Print the {n} rows on screen</source>
        <translation>Print the {n} rows on screen</translation>
    </message>
    <message>
        <source>Print all ({pages} pages)</source>
        <translation>Print all ({pages} pages)</translation>
    </message>
    <message>
        <source>Page {page} of about {pages}…</source>
        <translation>Page {page} of about {pages}…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Print register…</source>
        <translation>Print register…</translation>
    </message>
    <message>
        <source>Print the register for the dates of the filter (this month when the dates are off)</source>
        <translation>Print the register for the dates of the filter (this month when the dates are off)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Print {title}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
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
        <source>Login name changed (upgrade)</source>
        <translation>Login name changed (upgrade)</translation>
    </message>
    <message>
        <source>Signed at another&apos;s desk</source>
        <translation>Signed at another&apos;s desk</translation>
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
        <source>Late, not answered</source>
        <translation>Late, not answered</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Spoken to</source>
        <translation>Spoken to</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Customer&apos;s words</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>Answer promised by</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>Called back by</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Call content</source>
        <translation>Call content</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>Repair orders</translation>
    </message>
    <message>
        <source>Found items</source>
        <translation>Found items</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Place found</source>
        <translation>Place found</translation>
    </message>
    <message>
        <source>Finder</source>
        <translation>Finder</translation>
    </message>
    <message>
        <source>Finder&apos;s phone</source>
        <translation>Finder&apos;s phone</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>Signed for by</translation>
    </message>
    <message>
        <source>Value assessed</source>
        <translation>Value assessed</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Loss reports</source>
        <translation>Loss reports</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Lost at</translation>
    </message>
    <message>
        <source>Place lost</source>
        <translation>Place lost</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Found as</source>
        <translation>Found as</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Found item</source>
        <translation>Found item</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
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
        <source>Completed at</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <source>Callback result</source>
        <translation>Callback result</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Not confirmed in time</source>
        <translation>Not confirmed in time</translation>
    </message>
    <message>
        <source>Confirmed late</source>
        <translation>Confirmed late</translation>
    </message>
    <message>
        <source>Suggestions and opinions</source>
        <translation>Suggestions and opinions</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Suggestion or opinion</source>
        <translation>Suggestion or opinion</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Confirm by</source>
        <translation>Confirm by</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <source>Answer late</source>
        <translation>Answer late</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>Opinion consultations</source>
        <translation>Opinion consultations</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>Answer promised</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Consulted by</source>
        <translation>Consulted by</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Reviewed by</translation>
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
    <message>
        <source>Item added</source>
        <translation>Item added</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Item changed</translation>
    </message>
    <message>
        <source>Items imported</source>
        <translation>Items imported</translation>
    </message>
    <message>
        <source>Item category added</source>
        <translation>Item category added</translation>
    </message>
    <message>
        <source>Item category changed</source>
        <translation>Item category changed</translation>
    </message>
    <message>
        <source>Receipt drafted</source>
        <translation>Receipt drafted</translation>
    </message>
    <message>
        <source>Receipt changed</source>
        <translation>Receipt changed</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>Receipt confirmed</translation>
    </message>
    <message>
        <source>Receipt voided</source>
        <translation>Receipt voided</translation>
    </message>
    <message>
        <source>Issue slip drafted</source>
        <translation>Issue slip drafted</translation>
    </message>
    <message>
        <source>Issue slip changed</source>
        <translation>Issue slip changed</translation>
    </message>
    <message>
        <source>Issue slip signed</source>
        <translation>Issue slip signed</translation>
    </message>
    <message>
        <source>Issue slip voided</source>
        <translation>Issue slip voided</translation>
    </message>
    <message>
        <source>Purchase request drafted</source>
        <translation>Purchase request drafted</translation>
    </message>
    <message>
        <source>Purchase request changed</source>
        <translation>Purchase request changed</translation>
    </message>
    <message>
        <source>Purchase request approved</source>
        <translation>Purchase request approved</translation>
    </message>
    <message>
        <source>Purchase request voided</source>
        <translation>Purchase request voided</translation>
    </message>
    <message>
        <source>Stocktake started</source>
        <translation>Stocktake started</translation>
    </message>
    <message>
        <source>Counts entered</source>
        <translation>Counts entered</translation>
    </message>
    <message>
        <source>Stocktake changed</source>
        <translation>Stocktake changed</translation>
    </message>
    <message>
        <source>Stocktake approved</source>
        <translation>Stocktake approved</translation>
    </message>
    <message>
        <source>Stocktake voided</source>
        <translation>Stocktake voided</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
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
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>Last price</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Vendors</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lead on site</source>
        <translation>Lead on site</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>Contract from</translation>
    </message>
    <message>
        <source>Contract to</source>
        <translation>Contract to</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monthly fee</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Vendor added</source>
        <translation>Vendor added</translation>
    </message>
    <message>
        <source>Vendor changed</source>
        <translation>Vendor changed</translation>
    </message>
    <message>
        <source>Vendor kind added</source>
        <translation>Vendor kind added</translation>
    </message>
    <message>
        <source>Vendor kind changed</source>
        <translation>Vendor kind changed</translation>
    </message>
    <message>
        <source>Vendor contract added</source>
        <translation>Vendor contract added</translation>
    </message>
    <message>
        <source>Vendor contract changed</source>
        <translation>Vendor contract changed</translation>
    </message>
    <message>
        <source>Fee bands changed</source>
        <translation>Fee bands changed</translation>
    </message>
    <message>
        <source>Criteria template added</source>
        <translation>Criteria template added</translation>
    </message>
    <message>
        <source>Criteria template revised</source>
        <translation>Criteria template revised</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Sign request typed</source>
        <translation>Sign request typed</translation>
    </message>
    <message>
        <source>Sign request changed</source>
        <translation>Sign request changed</translation>
    </message>
    <message>
        <source>Sign request submitted</source>
        <translation>Sign request submitted</translation>
    </message>
    <message>
        <source>Sign request approved</source>
        <translation>Sign request approved</translation>
    </message>
    <message>
        <source>Sign request rejected</source>
        <translation>Sign request rejected</translation>
    </message>
    <message>
        <source>Sign in production</source>
        <translation>Sign in production</translation>
    </message>
    <message>
        <source>Sign installed</source>
        <translation>Sign installed</translation>
    </message>
    <message>
        <source>Sign request cancelled</source>
        <translation>Sign request cancelled</translation>
    </message>
    <message>
        <source>Sign requests</source>
        <translation>Sign requests</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Purchase request</source>
        <translation>Purchase request</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Unit or company</source>
        <translation>Unit or company</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Host department</source>
        <translation>Host department</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Host told</source>
        <translation>Host told</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>Agreed time</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message left</translation>
    </message>
    <message>
        <source>Issue slips</source>
        <translation>Issue slips</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Work-site signs</source>
        <translation>Work-site signs</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>Put up</source>
        <translation>Put up</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>Taken down</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>Receipt register</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Issue register</source>
        <translation>Issue register</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>Stocktakes</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Told</translation>
    </message>
    <message>
        <source>Vendors&apos; months</source>
        <translation>Vendors&apos; months</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Failed daily</source>
        <translation>Failed daily</translation>
    </message>
    <message>
        <source>Failed weekly</source>
        <translation>Failed weekly</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Band reduction</source>
        <translation>Band reduction</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>Payable</translation>
    </message>
    <message>
        <source>Manager and technical dept.</source>
        <translation>Manager and technical dept.</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Whole building</source>
        <translation>Whole building</translation>
    </message>
    <message>
        <source>Sign inspections</source>
        <translation>Sign inspections</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Sign corrections</source>
        <translation>Sign corrections</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Signs not found</source>
        <translation>Signs not found</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Purchase requests</source>
        <translation>Purchase requests</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>Estimated amount</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>Stock ledger</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>Call registered</source>
        <translation>Call registered</translation>
    </message>
    <message>
        <source>Call answered</source>
        <translation>Call answered</translation>
    </message>
    <message>
        <source>Call made a repair order</source>
        <translation>Call made a repair order</translation>
    </message>
    <message>
        <source>Call registered as a complaint</source>
        <translation>Call registered as a complaint</translation>
    </message>
    <message>
        <source>Found item registered</source>
        <translation>Found item registered</translation>
    </message>
    <message>
        <source>Found item signed for</source>
        <translation>Found item signed for</translation>
    </message>
    <message>
        <source>Loss reported</source>
        <translation>Loss reported</translation>
    </message>
    <message>
        <source>Loss report: found, owner told</source>
        <translation>Loss report: found, owner told</translation>
    </message>
    <message>
        <source>Loss report answered: not found</source>
        <translation>Loss report answered: not found</translation>
    </message>
    <message>
        <source>Found item claimed</source>
        <translation>Found item claimed</translation>
    </message>
    <message>
        <source>Found item disposed of</source>
        <translation>Found item disposed of</translation>
    </message>
    <message>
        <source>Suggestion registered</source>
        <translation>Suggestion registered</translation>
    </message>
    <message>
        <source>Suggestion confirmed</source>
        <translation>Suggestion confirmed</translation>
    </message>
    <message>
        <source>Suggestion sent to the department</source>
        <translation>Suggestion sent to the department</translation>
    </message>
    <message>
        <source>Suggestion acknowledged</source>
        <translation>Suggestion acknowledged</translation>
    </message>
    <message>
        <source>Suggestion result recorded</source>
        <translation>Suggestion result recorded</translation>
    </message>
    <message>
        <source>Sign inspection started</source>
        <translation>Sign inspection started</translation>
    </message>
    <message>
        <source>Sign inspection results entered</source>
        <translation>Sign inspection results entered</translation>
    </message>
    <message>
        <source>Sign inspection closed</source>
        <translation>Sign inspection closed</translation>
    </message>
    <message>
        <source>Sign correction recorded</source>
        <translation>Sign correction recorded</translation>
    </message>
    <message>
        <source>Sign correction done</source>
        <translation>Sign correction done</translation>
    </message>
    <message>
        <source>Sign replacement requested</source>
        <translation>Sign replacement requested</translation>
    </message>
    <message>
        <source>Work-site sign put up</source>
        <translation>Work-site sign put up</translation>
    </message>
    <message>
        <source>Work-site sign taken down</source>
        <translation>Work-site sign taken down</translation>
    </message>
    <message>
        <source>Sign changed</source>
        <translation>Sign changed</translation>
    </message>
    <message>
        <source>Signs imported</source>
        <translation>Signs imported</translation>
    </message>
    <message>
        <source>Sign kind added</source>
        <translation>Sign kind added</translation>
    </message>
    <message>
        <source>Sign kind changed</source>
        <translation>Sign kind changed</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Signs</translation>
    </message>
    <message>
        <source>Sign text</source>
        <translation>Sign text</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation>Last inspected</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation>Complaint registered</translation>
    </message>
    <message>
        <source>Complaint judged</source>
        <translation>Complaint judged</translation>
    </message>
    <message>
        <source>Complaint assigned</source>
        <translation>Complaint assigned</translation>
    </message>
    <message>
        <source>Complaint notice signed for</source>
        <translation>Complaint notice signed for</translation>
    </message>
    <message>
        <source>Complaint: customer contacted</source>
        <translation>Complaint: customer contacted</translation>
    </message>
    <message>
        <source>Complaint: remedy answered</source>
        <translation>Complaint: remedy answered</translation>
    </message>
    <message>
        <source>Complaint done</source>
        <translation>Complaint done</translation>
    </message>
    <message>
        <source>Complaint called back</source>
        <translation>Complaint called back</translation>
    </message>
    <message>
        <source>Complaint cancelled</source>
        <translation>Complaint cancelled</translation>
    </message>
    <message>
        <source>Consultation recorded</source>
        <translation>Consultation recorded</translation>
    </message>
    <message>
        <source>Consultation followed up</source>
        <translation>Consultation followed up</translation>
    </message>
    <message>
        <source>Consultation: promised answer given</source>
        <translation>Consultation: promised answer given</translation>
    </message>
    <message>
        <source>Consultation reviewed</source>
        <translation>Consultation reviewed</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>Sent out</source>
        <translation>Sent out</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Forms sent</source>
        <translation>Forms sent</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Survey set up</source>
        <translation>Survey set up</translation>
    </message>
    <message>
        <source>Survey changed</source>
        <translation>Survey changed</translation>
    </message>
    <message>
        <source>Survey opened for entry</source>
        <translation>Survey opened for entry</translation>
    </message>
    <message>
        <source>Survey forms entered</source>
        <translation>Survey forms entered</translation>
    </message>
    <message>
        <source>Survey form removed</source>
        <translation>Survey form removed</translation>
    </message>
    <message>
        <source>Survey closed</source>
        <translation>Survey closed</translation>
    </message>
    <message>
        <source>Return rate %</source>
        <translation>Return rate %</translation>
    </message>
    <message>
        <source>Overall satisfaction %</source>
        <translation>Overall satisfaction %</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>Customer&apos;s opinion</translation>
    </message>
    <message>
        <source>Returned forms</source>
        <translation>Returned forms</translation>
    </message>
    <message>
        <source>Callback recorded</source>
        <translation>Callback recorded</translation>
    </message>
    <message>
        <source>Callback followed up</source>
        <translation>Callback followed up</translation>
    </message>
    <message>
        <source>Callback reviewed</source>
        <translation>Callback reviewed</translation>
    </message>
    <message>
        <source>Vendor defects</source>
        <translation>Vendor defects</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Defect</translation>
    </message>
    <message>
        <source>Redo by</source>
        <translation>Redo by</translation>
    </message>
    <message>
        <source>Vendor replied</source>
        <translation>Vendor replied</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Vendor&apos;s reply</source>
        <translation>Vendor&apos;s reply</translation>
    </message>
    <message>
        <source>Vendor defect recorded</source>
        <translation>Vendor defect recorded</translation>
    </message>
    <message>
        <source>Vendor defect fixed</source>
        <translation>Vendor defect fixed</translation>
    </message>
    <message>
        <source>Vendor replied to a work ticket</source>
        <translation>Vendor replied to a work ticket</translation>
    </message>
    <message>
        <source>Work ticket re-inspected</source>
        <translation>Work ticket re-inspected</translation>
    </message>
    <message>
        <source>Vendor evaluations</source>
        <translation>Vendor evaluations</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Sheet score</source>
        <translation>Sheet score</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <source>Signed for the vendor</source>
        <translation>Signed for the vendor</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Fix by</source>
        <translation>Fix by</translation>
    </message>
    <message>
        <source>Evaluation started</source>
        <translation>Evaluation started</translation>
    </message>
    <message>
        <source>Evaluation changed</source>
        <translation>Evaluation changed</translation>
    </message>
    <message>
        <source>Evaluation items scored</source>
        <translation>Evaluation items scored</translation>
    </message>
    <message>
        <source>Evaluation submitted</source>
        <translation>Evaluation submitted</translation>
    </message>
    <message>
        <source>Evaluation confirmed by the vendor</source>
        <translation>Evaluation confirmed by the vendor</translation>
    </message>
    <message>
        <source>Vendor objected to an evaluation</source>
        <translation>Vendor objected to an evaluation</translation>
    </message>
    <message>
        <source>Objection ruled on</source>
        <translation>Objection ruled on</translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation>Evaluation cancelled</translation>
    </message>
    <message>
        <source>Vendor&apos;s month computed</source>
        <translation>Vendor&apos;s month computed</translation>
    </message>
    <message>
        <source>Vendor&apos;s month approved</source>
        <translation>Vendor&apos;s month approved</translation>
    </message>
    <message>
        <source>Vendor&apos;s month confirmed</source>
        <translation>Vendor&apos;s month confirmed</translation>
    </message>
    <message>
        <source>Density report received</source>
        <translation>Density report received</translation>
    </message>
    <message>
        <source>Density reports</source>
        <translation>Density reports</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Pest control treatments</source>
        <translation>Pest control treatments</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Redo of</source>
        <translation>Redo of</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>Asked for by</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>What for</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>Cancelled because</translation>
    </message>
    <message>
        <source>Pest treatment planned</source>
        <translation>Pest treatment planned</translation>
    </message>
    <message>
        <source>Pest treatment asked for</source>
        <translation>Pest treatment asked for</translation>
    </message>
    <message>
        <source>Pest treatment done</source>
        <translation>Pest treatment done</translation>
    </message>
    <message>
        <source>Pest treatment cancelled</source>
        <translation>Pest treatment cancelled</translation>
    </message>
    <message>
        <source>Pest treatment called back</source>
        <translation>Pest treatment called back</translation>
    </message>
    <message>
        <source>Pest treatment to redo</source>
        <translation>Pest treatment to redo</translation>
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
    <name>LostFound</name>
    <message>
        <source>To be signed for</source>
        <translation>To be signed for</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>Disposed of</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>Reported lost</translation>
    </message>
    <message>
        <source>Found, owner told</source>
        <translation>Found, owner told</translation>
    </message>
    <message>
        <source>Not found, answered</source>
        <translation>Not found, answered</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Mainland travel permit</source>
        <translation>Mainland travel permit</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Staff card</translation>
    </message>
    <message>
        <source>Other papers</source>
        <translation>Other papers</translation>
    </message>
</context>
<context>
    <name>LostFoundForms</name>
    <message>
        <source>Date found</source>
        <translation>Date found</translation>
    </message>
    <message>
        <source>Place found</source>
        <translation>Place found</translation>
    </message>
    <message>
        <source>e.g. A座1楼大堂</source>
        <translation>e.g. A座1楼大堂</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>What it is: 钱包, 手机, 钥匙…</source>
        <translation>What it is: 钱包, 手机, 钥匙…</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Colour, look</source>
        <translation>Colour, look</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Brand, model</source>
        <translation>Brand, model</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Finder</source>
        <translation>Finder</translation>
    </message>
    <message>
        <source>Finder&apos;s phone</source>
        <translation>Finder&apos;s phone</translation>
    </message>
    <message>
        <source>Finder is our staff</source>
        <translation>Finder is our staff</translation>
    </message>
    <message>
        <source>Value assessed (yuan)</source>
        <translation>Value assessed (yuan)</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>Signed for by</translation>
    </message>
    <message>
        <source>Who in the office received it; leave empty when a department registers it and hands it over later</source>
        <translation>Who in the office received it; leave empty when a department registers it and hands it over later</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Kept at</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Register a found item</source>
        <translation>Register a found item</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Sign for found item {number}</source>
        <translation>Sign for found item {number}</translation>
    </message>
    <message>
        <source>{item}, found {date} at {place} by {finder}.</source>
        <translation>{item}, found {date} at {place} by {finder}.</translation>
    </message>
    <message>
        <source>Sign for it</source>
        <translation>Sign for it</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Shown masked once saved, on screen and on paper</source>
        <translation>Shown masked once saved, on screen and on paper</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation>Claimed at</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Loss report</source>
        <translation>Loss report</translation>
    </message>
    <message>
        <source>Hand found item {number} to its owner</source>
        <translation>Hand found item {number} to its owner</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>{item} ({style} {model}), found {date} at {place}. Ask for an ID and have the owner sign the printed claim form.</source>
        <translation>{item} ({style} {model}), found {date} at {place}. Ask for an ID and have the owner sign the printed claim form.</translation>
    </message>
    <message>
        <source>Reason and how</source>
        <translation>Reason and how</translation>
    </message>
    <message>
        <source>Dispose of found item {number}</source>
        <translation>Dispose of found item {number}</translation>
    </message>
    <message>
        <source>Found {date}; kept {months} months for its owner, so it may be disposed of from {first}.</source>
        <translation>Found {date}; kept {months} months for its owner, so it may be disposed of from {first}.</translation>
    </message>
    <message>
        <source>Dispose of it</source>
        <translation>Dispose of it</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Lost at (date, time)</source>
        <translation>Lost at (date, time)</translation>
    </message>
    <message>
        <source>Place lost</source>
        <translation>Place lost</translation>
    </message>
    <message>
        <source>Report a loss</source>
        <translation>Report a loss</translation>
    </message>
    <message>
        <source>Found item</source>
        <translation>Found item</translation>
    </message>
    <message>
        <source>Leave empty when it was found but not registered here</source>
        <translation>Leave empty when it was found but not registered here</translation>
    </message>
    <message>
        <source>What the owner was told</source>
        <translation>What the owner was told</translation>
    </message>
    <message>
        <source>Loss report {number}: found</source>
        <translation>Loss report {number}: found</translation>
    </message>
    <message>
        <source>Told the owner to come and claim it</source>
        <translation>Told the owner to come and claim it</translation>
    </message>
    <message>
        <source>Loss report {number}: not found</source>
        <translation>Loss report {number}: not found</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Unclaimed items of the month</source>
        <translation>Unclaimed items of the month</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>LostFoundSettings</name>
    <message>
        <source>Lost and found</source>
        <translation>Lost and found</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keep unclaimed items for</source>
        <translation>Keep unclaimed items for</translation>
    </message>
    <message>
        <source>After this, the manager may dispose of an item nobody claimed, giving the reason.</source>
        <translation>After this, the manager may dispose of an item nobody claimed, giving the reason.</translation>
    </message>
    <message>
        <source>Saved: {months} months.</source>
        <translation>Saved: {months} months.</translation>
    </message>
</context>
<context>
    <name>LostFoundView</name>
    <message>
        <source>Found by our staff</source>
        <translation>Found by our staff</translation>
    </message>
    <message>
        <source>Found items</source>
        <translation>Found items</translation>
    </message>
    <message>
        <source>Loss reports</source>
        <translation>Loss reports</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New found item</source>
        <translation>New found item</translation>
    </message>
    <message>
        <source>Sign for…</source>
        <translation>Sign for…</translation>
    </message>
    <message>
        <source>Hand to owner…</source>
        <translation>Hand to owner…</translation>
    </message>
    <message>
        <source>Dispose of…</source>
        <translation>Dispose of…</translation>
    </message>
    <message>
        <source>Print hand-over record</source>
        <translation>Print hand-over record</translation>
    </message>
    <message>
        <source>Month&apos;s unclaimed…</source>
        <translation>Month&apos;s unclaimed…</translation>
    </message>
    <message>
        <source>New loss report</source>
        <translation>New loss report</translation>
    </message>
    <message>
        <source>Found, owner told…</source>
        <translation>Found, owner told…</translation>
    </message>
    <message>
        <source>Not found, answered…</source>
        <translation>Not found, answered…</translation>
    </message>
    <message>
        <source>Print claim form</source>
        <translation>Print claim form</translation>
    </message>
    <message>
        <source>{number}: {name}, {status}</source>
        <translation>{number}: {name}, {status}</translation>
    </message>
    <message>
        <source>Kept for its owner; may be disposed of from {date}.</source>
        <translation>Kept for its owner; may be disposed of from {date}.</translation>
    </message>
    <message>
        <source>{number}: {owner}, {kind} {id}</source>
        <translation>{number}: {owner}, {kind} {id}</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <source>{number}: no found item matches yet.</source>
        <translation>{number}: no found item matches yet.</translation>
    </message>
    <message>
        <source>{number} may be: {items}</source>
        <translation>{number} may be: {items}</translation>
    </message>
    <message>
        <source>{number}: {owner} ({phone}) lost {name} {style} on {date} at {place}</source>
        <translation>{number}: {owner} ({phone}) lost {name} {style} on {date} at {place}</translation>
    </message>
    <message>
        <source>A loss report matches</source>
        <translation>A loss report matches</translation>
    </message>
    <message>
        <source>Found item {number} ({name}) may be what was reported lost:

{lines}

Call the owner to come and claim it.</source>
        <translation>Found item {number} ({name}) may be what was reported lost:

{lines}

Call the owner to come and claim it.</translation>
    </message>
    <message>
        <source>Print the claim form</source>
        <translation>Print the claim form</translation>
    </message>
    <message>
        <source>{name} is handed to {owner} ({id}). Print the claim form for the owner to sign now?</source>
        <translation>{name} is handed to {owner} ({id}). Print the claim form for the owner to sign now?</translation>
    </message>
    <message>
        <source>Hand-over record {number}</source>
        <translation>Hand-over record {number}</translation>
    </message>
    <message>
        <source>Claim form {number}</source>
        <translation>Claim form {number}</translation>
    </message>
    <message>
        <source>Unclaimed items {month}</source>
        <translation>Unclaimed items {month}</translation>
    </message>
    <message>
        <source>Found items that may match</source>
        <translation>Found items that may match</translation>
    </message>
</context>
<context>
    <name>LowStockPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Short by</translation>
    </message>
    <message>
        <source>Draft a purchase request</source>
        <translation>Draft a purchase request</translation>
    </message>
    <message>
        <source>A purchase request (物品申购表) for every item listed, up to twice its safety stock (storekeeper); the manager approves it in Purchase requests</source>
        <translation>A purchase request (物品申购表) for every item listed, up to twice its safety stock (storekeeper); the manager approves it in Purchase requests</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) under their safety stock.</source>
        <translation>
            <numerusform>%n item(s) under their safety stock.</numerusform>
            <numerusform>%n item(s) under their safety stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is under its safety stock.</source>
        <translation>No item is under its safety stock.</translation>
    </message>
    <message>
        <source>Purchase request {number}</source>
        <translation>Purchase request {number}</translation>
    </message>
    <message numerus="yes">
        <source>Purchase request {number} is drafted with %n line(s). Check and edit it under Purchase requests, where the manager approves it. Print it now?</source>
        <translation>
            <numerusform>Purchase request {number} is drafted with %n line(s). Check and edit it under Purchase requests, where the manager approves it. Print it now?</numerusform>
            <numerusform>Purchase request {number} is drafted with %n line(s). Check and edit it under Purchase requests, where the manager approves it. Print it now?</numerusform>
        </translation>
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
        <source>&lt;h3&gt;FrontDesk {version}&lt;/h3&gt;&lt;p&gt;The customer-service office&apos;s desk for a property service center: reception log, repair orders, warehouse, sign requests and vendor scoring.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;&lt;p&gt;Log folder (give it to your administrator when something went wrong): {logs}&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FrontDesk {version}&lt;/h3&gt;&lt;p&gt;The customer-service office&apos;s desk for a property service center: reception log, repair orders, warehouse, sign requests and vendor scoring.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;&lt;p&gt;Log folder (give it to your administrator when something went wrong): {logs}&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthSettings</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vendors&apos; month:</source>
        <translation>Vendors&apos; month:</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Compute the month of the chosen vendor from its confirmed sheets, late defects and pest treatments (a draft is recomputed)</source>
        <translation>Compute the month of the chosen vendor from its confirmed sheets, late defects and pest treatments (a draft is recomputed)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>经理审核: the manager approves; the month is frozen</source>
        <translation>经理审核: the manager approves; the month is frozen</translation>
    </message>
    <message>
        <source>Vendor confirms…</source>
        <translation>Vendor confirms…</translation>
    </message>
    <message>
        <source>The vendor&apos;s lead signs the approved settlement (name and date)</source>
        <translation>The vendor&apos;s lead signs the approved settlement (name and date)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>月度考评结算表</source>
        <translation>月度考评结算表</translation>
    </message>
    <message>
        <source>Year sheet</source>
        <translation>Year sheet</translation>
    </message>
    <message>
        <source>The vendor&apos;s twelve months and the score trend</source>
        <translation>The vendor&apos;s twelve months and the score trend</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Vendor:</translation>
    </message>
    <message>
        <source>Manager and technical dept. told</source>
        <translation>Manager and technical dept. told</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Months to tell the manager and the technical department: {n}</source>
        <translation>Months to tell the manager and the technical department: {n}</translation>
    </message>
    <message>
        <source>Not computed yet: choose Compute.</source>
        <translation>Not computed yet: choose Compute.</translation>
    </message>
    <message>
        <source>No vendor yet.</source>
        <translation>No vendor yet.</translation>
    </message>
    <message>
        <source>Month&apos;s score</source>
        <translation>Month&apos;s score</translation>
    </message>
    <message>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <source>Period {first} to {last}</source>
        <translation>Period {first} to {last}</translation>
    </message>
    <message>
        <source>Daily average {daily}, systematic average {systematic}: score {score}</source>
        <translation>Daily average {daily}, systematic average {systematic}: score {score}</translation>
    </message>
    <message>
        <source>Failed daily checks {daily}, failed weekly checks {weekly}</source>
        <translation>Failed daily checks {daily}, failed weekly checks {weekly}</translation>
    </message>
    <message>
        <source>Fee {fee} − band {band} − deductions {deductions} = payable {payable}</source>
        <translation>Fee {fee} − band {band} − deductions {deductions} = payable {payable}</translation>
    </message>
    <message>
        <source>The manager and the technical department are told.</source>
        <translation>The manager and the technical department are told.</translation>
    </message>
    <message>
        <source>The band gives the vendor a written warning.</source>
        <translation>The band gives the vendor a written warning.</translation>
    </message>
    <message>
        <source>Confirmed by {name} on {day}</source>
        <translation>Confirmed by {name} on {day}</translation>
    </message>
    <message>
        <source>Approve {number}</source>
        <translation>Approve {number}</translation>
    </message>
    <message>
        <source>Approve the month of {vendor}: payable {payable}? It can no longer be recomputed.</source>
        <translation>Approve the month of {vendor}: payable {payable}? It can no longer be recomputed.</translation>
    </message>
    <message>
        <source>Settlement {number}</source>
        <translation>Settlement {number}</translation>
    </message>
    <message>
        <source>Signed for the vendor by</source>
        <translation>Signed for the vendor by</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>The vendor confirms {number}</source>
        <translation>The vendor confirms {number}</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Year {year} of {vendor}</source>
        <translation>Year {year} of {vendor}</translation>
    </message>
</context>
<context>
    <name>NamedListEditor</name>
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
</context>
<context>
    <name>NetworkShare</name>
    <message>
        <source>The database is on a network share</source>
        <translation>The database is on a network share</translation>
    </message>
</context>
<context>
    <name>OpenOrders</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{number} ({status}) {content}</source>
        <translation>{number} ({status}) {content}</translation>
    </message>
    <message>
        <source>Open orders of this room or phone ({count}): {orders}</source>
        <translation>Open orders of this room or phone ({count}): {orders}</translation>
    </message>
</context>
<context>
    <name>OpenOrdersDialog</name>
    <message>
        <source>This room or phone has an open order</source>
        <translation>This room or phone has an open order</translation>
    </message>
    <message numerus="yes">
        <source>The work of %n order(s) of this room or phone is not yet checked. If the customer is calling about the same fault, go back and cancel the new order instead of registering it twice.</source>
        <translation>
            <numerusform>The work of %n order(s) of this room or phone is not yet checked. If the customer is calling about the same fault, go back and cancel the new order instead of registering it twice.</numerusform>
            <numerusform>The work of %n order(s) of this room or phone is not yet checked. If the customer is calling about the same fault, go back and cancel the new order instead of registering it twice.</numerusform>
        </translation>
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
        <source>Engineer</source>
        <translation>Engineer</translation>
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
        <source>Register anyway</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Open the selected order instead</source>
        <translation>Open the selected order instead</translation>
    </message>
    <message>
        <source>Drop the new order and open the earlier one (double-click a row does the same)</source>
        <translation>Drop the new order and open the earlier one (double-click a row does the same)</translation>
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
        <source>Blank service order {number}</source>
        <translation>Blank service order {number}</translation>
    </message>
    <message>
        <source>Service order {number}</source>
        <translation>Service order {number}</translation>
    </message>
    <message>
        <source>Order {number} has its work recorded. Print the service order with what is recorded, or blank to fill in by hand?</source>
        <translation>Order {number} has its work recorded. Print the service order with what is recorded, or blank to fill in by hand?</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>As recorded</translation>
    </message>
    <message>
        <source>Blank, for handwriting</source>
        <translation>Blank, for handwriting</translation>
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
        <source>Issue slip</source>
        <translation>Issue slip</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
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
    <message>
        <source>Materials issued from the store: {cost} yuan</source>
        <translation>Materials issued from the store: {cost} yuan</translation>
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
    <name>Passwords</name>
    <message>
        <source>{low} to {high} characters</source>
        <translation>{low} to {high} characters</translation>
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
    <message>
        <source>register and answer calls</source>
        <translation>register and answer calls</translation>
    </message>
    <message>
        <source>register found items and loss reports</source>
        <translation>register found items and loss reports</translation>
    </message>
    <message>
        <source>hand found items to their owners</source>
        <translation>hand found items to their owners</translation>
    </message>
    <message>
        <source>dispose of unclaimed found items</source>
        <translation>dispose of unclaimed found items</translation>
    </message>
    <message>
        <source>see a visitor&apos;s full ID number</source>
        <translation>see a visitor&apos;s full ID number</translation>
    </message>
    <message>
        <source>register suggestions and opinions</source>
        <translation>register suggestions and opinions</translation>
    </message>
    <message>
        <source>confirm the day&apos;s suggestions</source>
        <translation>confirm the day&apos;s suggestions</translation>
    </message>
    <message>
        <source>register visitors and sign them in and out</source>
        <translation>register visitors and sign them in and out</translation>
    </message>
    <message>
        <source>inspect signs and record corrections</source>
        <translation>inspect signs and record corrections</translation>
    </message>
    <message>
        <source>register sign requests and signs</source>
        <translation>register sign requests and signs</translation>
    </message>
    <message>
        <source>approve sign requests</source>
        <translation>approve sign requests</translation>
    </message>
    <message>
        <source>keep the list of sign kinds</source>
        <translation>keep the list of sign kinds</translation>
    </message>
    <message>
        <source>register complaints</source>
        <translation>register complaints</translation>
    </message>
    <message>
        <source>record a complaint&apos;s handling</source>
        <translation>record a complaint&apos;s handling</translation>
    </message>
    <message>
        <source>call customers back on complaints</source>
        <translation>call customers back on complaints</translation>
    </message>
    <message>
        <source>judge, assign and cancel complaints</source>
        <translation>judge, assign and cancel complaints</translation>
    </message>
    <message>
        <source>assign major complaints</source>
        <translation>assign major complaints</translation>
    </message>
    <message>
        <source>record opinion consultations</source>
        <translation>record opinion consultations</translation>
    </message>
    <message>
        <source>follow up opinion consultations</source>
        <translation>follow up opinion consultations</translation>
    </message>
    <message>
        <source>review opinion consultations</source>
        <translation>review opinion consultations</translation>
    </message>
    <message>
        <source>enter returned survey forms</source>
        <translation>enter returned survey forms</translation>
    </message>
    <message>
        <source>set up, open and close surveys</source>
        <translation>set up, open and close surveys</translation>
    </message>
    <message>
        <source>call customers back</source>
        <translation>call customers back</translation>
    </message>
    <message>
        <source>review callbacks (部长审核)</source>
        <translation>review callbacks (部长审核)</translation>
    </message>
    <message>
        <source>keep vendors, contracts and criteria</source>
        <translation>keep vendors, contracts and criteria</translation>
    </message>
    <message>
        <source>evaluate vendors and record defects</source>
        <translation>evaluate vendors and record defects</translation>
    </message>
    <message>
        <source>rule on vendors&apos; objections and settle the month</source>
        <translation>rule on vendors&apos; objections and settle the month</translation>
    </message>
    <message>
        <source>follow vendors&apos; serious failures</source>
        <translation>follow vendors&apos; serious failures</translation>
    </message>
</context>
<context>
    <name>PestCalendarSettings</name>
    <message>
        <source>Working days and office hours</source>
        <translation>Working days and office hours</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Holidays (one day a line)</source>
        <translation>Holidays (one day a line)</translation>
    </message>
    <message>
        <source>Weekend days worked (调休)</source>
        <translation>Weekend days worked (调休)</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <source>Only the manager can change the calendar.</source>
        <translation>Only the manager can change the calendar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PestView</name>
    <message>
        <source>Treatments</source>
        <translation>Treatments</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Density reports</source>
        <translation>Density reports</translation>
    </message>
    <message>
        <source>Plan treatment</source>
        <translation>Plan treatment</translation>
    </message>
    <message>
        <source>Plan one of the month&apos;s two treatments (Ctrl+N)</source>
        <translation>Plan one of the month&apos;s two treatments (Ctrl+N)</translation>
    </message>
    <message>
        <source>On request…</source>
        <translation>On request…</translation>
    </message>
    <message>
        <source>A treatment the office staff ask for, a working day ahead</source>
        <translation>A treatment the office staff ask for, a working day ahead</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the treatment (Enter)</source>
        <translation>Open the treatment (Enter)</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <source>Record the treatment done: when, where, the agent, the operator, the signature</source>
        <translation>Record the treatment done: when, where, the agent, the operator, the signature</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel the planned treatment with the reason</source>
        <translation>Cancel the planned treatment with the reason</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the month&apos;s record (病媒生物防治记录表)</source>
        <translation>Print the month&apos;s record (病媒生物防治记录表)</translation>
    </message>
    <message>
        <source>All contractors</source>
        <translation>All contractors</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any callback</source>
        <translation>Any callback</translation>
    </message>
    <message>
        <source>Two scheduled treatments are due every month; a month ended short of them is red (deducted).</source>
        <translation>Two scheduled treatments are due every month; a month ended short of them is red (deducted).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Record density report…</source>
        <translation>Record density report…</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>Months ({n} short)</source>
        <translation>Months ({n} short)</translation>
    </message>
    <message>
        <source>Density reports ({n} overdue)</source>
        <translation>Density reports ({n} overdue)</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>Overdue: {n}</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>Asked for by</translation>
    </message>
    <message>
        <source>e.g. 财务部 张会计</source>
        <translation>e.g. 财务部 张会计</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>What for</translation>
    </message>
    <message>
        <source>where, which pests</source>
        <translation>where, which pests</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Treatment on request</source>
        <translation>Treatment on request</translation>
    </message>
    <message>
        <source>Plan a treatment</source>
        <translation>Plan a treatment</translation>
    </message>
    <message>
        <source>The contractor is told a working day ahead: the earliest day is the next working day after the request.</source>
        <translation>The contractor is told a working day ahead: the earliest day is the next working day after the request.</translation>
    </message>
    <message>
        <source>Two treatments a month, after office hours, on days agreed with the contractor.</source>
        <translation>Two treatments a month, after office hours, on days agreed with the contractor.</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>Agent used</source>
        <translation>Agent used</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Contractor&apos;s signature</source>
        <translation>Contractor&apos;s signature</translation>
    </message>
    <message>
        <source>Treatment {number} done</source>
        <translation>Treatment {number} done</translation>
    </message>
    <message>
        <source>After office hours ({start}–{end}). The callback is due within two working days, from the reception tab&apos;s queue.</source>
        <translation>After office hours ({start}–{end}). The callback is due within two working days, from the reception tab&apos;s queue.</translation>
    </message>
    <message>
        <source>{kind}, planned on {day}, {status}.</source>
        <translation>{kind}, planned on {day}, {status}.</translation>
    </message>
    <message>
        <source>Asked for by {who}: {what}</source>
        <translation>Asked for by {who}: {what}</translation>
    </message>
    <message>
        <source>Redo of {number} (unsatisfied callback).</source>
        <translation>Redo of {number} (unsatisfied callback).</translation>
    </message>
    <message>
        <source>Called back: {verdict}</source>
        <translation>Called back: {verdict}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source>Treatment {number}</source>
        <translation>Treatment {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel treatment {number}</source>
        <translation>Cancel treatment {number}</translation>
    </message>
    <message>
        <source>Cancel the treatment</source>
        <translation>Cancel the treatment</translation>
    </message>
    <message>
        <source>Plan another one: the month needs two.</source>
        <translation>Plan another one: the month needs two.</translation>
    </message>
    <message>
        <source>Pest control record {month}</source>
        <translation>Pest control record {month}</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>What it found</translation>
    </message>
    <message>
        <source>Density report</source>
        <translation>Density report</translation>
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
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <source>The export could not be made ({error}).</source>
        <translation>The export could not be made ({error}).</translation>
    </message>
    <message>
        <source>The printout could not be made ({error}).</source>
        <translation>The printout could not be made ({error}).</translation>
    </message>
    <message>
        <source>Please tell your administrator and give them the log file:
{path}</source>
        <translation>Please tell your administrator and give them the log file:
{path}</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>Preparing the printout…</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>New receipt</source>
        <translation>New receipt</translation>
    </message>
    <message>
        <source>Type a receipt from the supplier&apos;s delivery note (Ctrl+N)</source>
        <translation>Type a receipt from the supplier&apos;s delivery note (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the receipt (Enter)</source>
        <translation>Open the receipt (Enter)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>The manager confirms the receipt: its goods count in stock</source>
        <translation>The manager confirms the receipt: its goods count in stock</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel the receipt with the reason; a confirmed one takes its goods back out of stock</source>
        <translation>Cancel the receipt with the reason; a confirmed one takes its goods back out of stock</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the receipt (入库单)</source>
        <translation>Print the receipt (入库单)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <source>Own purchase only: the approved request&apos;s number</source>
        <translation>Own purchase only: the approved request&apos;s number</translation>
    </message>
    <message>
        <source>Receipt {number} — {status}</source>
        <translation>Receipt {number} — {status}</translation>
    </message>
    <message numerus="yes">
        <source>Confirm receipt {number} from {supplier}: %n line(s), {total} yuan?

Its goods count in stock from now on.</source>
        <translation>
            <numerusform>Confirm receipt {number} from {supplier}: %n line(s), {total} yuan?

Its goods count in stock from now on.</numerusform>
            <numerusform>Confirm receipt {number} from {supplier}: %n line(s), {total} yuan?

Its goods count in stock from now on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt {number} is confirmed: its goods go back out of stock, dated like the receipt. The receipt stays, marked cancelled.</source>
        <translation>Receipt {number} is confirmed: its goods go back out of stock, dated like the receipt. The receipt stays, marked cancelled.</translation>
    </message>
    <message>
        <source>The draft {number} ends here; its number stays, marked cancelled.</source>
        <translation>The draft {number} ends here; its number stays, marked cancelled.</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>Special service</source>
        <translation>Special service</translation>
    </message>
    <message>
        <source>Project service</source>
        <translation>Project service</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>To answer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Order made</source>
        <translation>Order made</translation>
    </message>
    <message>
        <source>Suggestion made</source>
        <translation>Suggestion made</translation>
    </message>
    <message>
        <source>To register</source>
        <translation>To register</translation>
    </message>
    <message>
        <source>Complaint made</source>
        <translation>Complaint made</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Complaint calls to register: {count}</source>
        <translation>Complaint calls to register: {count}</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>Result recorded</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Reception post</source>
        <translation>Reception post</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <source>WeChat account</source>
        <translation>WeChat account</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <source>Complaints due today or late: {count}</source>
        <translation>Complaints due today or late: {count}</translation>
    </message>
    <message>
        <source>Complaints late: {count}</source>
        <translation>Complaints late: {count}</translation>
    </message>
    <message>
        <source>Visitors expected today: {count}</source>
        <translation>Visitors expected today: {count}</translation>
    </message>
    <message>
        <source>Callbacks due today: {count}</source>
        <translation>Callbacks due today: {count}</translation>
    </message>
    <message>
        <source>Callbacks late: {count}</source>
        <translation>Callbacks late: {count}</translation>
    </message>
    <message>
        <source>Consultation answers due today or late: {count}</source>
        <translation>Consultation answers due today or late: {count}</translation>
    </message>
    <message>
        <source>Consultation answers late: {count}</source>
        <translation>Consultation answers late: {count}</translation>
    </message>
    <message>
        <source>Telephone consultation this week not done: {count}</source>
        <translation>Telephone consultation this week not done: {count}</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>Lost and found</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>What is due today: click a number to list it</source>
        <translation>What is due today: click a number to list it</translation>
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
        <source>{label} must lie in the years {first} to {last}; check the year.</source>
        <translation>{label} must lie in the years {first} to {last}; check the year.</translation>
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
        <source>Type or pick: 水, 电, 空调…</source>
        <translation>Type or pick: 水, 电, 空调…</translation>
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
        <source>One key: 1, 2 or 3</source>
        <translation>One key: 1, 2 or 3</translation>
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
        <source>{late} late to dispatch</source>
        <translation>{late} late to dispatch</translation>
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
        <source>{late} late to check</source>
        <translation>{late} late to check</translation>
    </message>
    <message>
        <source>{late} late to call back</source>
        <translation>{late} late to call back</translation>
    </message>
    <message>
        <source>Not dispatched in time: {late} late</source>
        <translation>Not dispatched in time: {late} late</translation>
    </message>
    <message>
        <source>Not accepted in time: {late} late</source>
        <translation>Not accepted in time: {late} late</translation>
    </message>
    <message>
        <source>Not completed in time: {late} late</source>
        <translation>Not completed in time: {late} late</translation>
    </message>
    <message>
        <source>Not checked in time: {late} late</source>
        <translation>Not checked in time: {late} late</translation>
    </message>
    <message>
        <source>Not called back in time: {late} late</source>
        <translation>Not called back in time: {late} late</translation>
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
        <source>Save deadlines</source>
        <translation>Save deadlines</translation>
    </message>
    <message>
        <source>Deadlines (calendar time: nights and holidays count)</source>
        <translation>Deadlines (calendar time: nights and holidays count)</translation>
    </message>
    <message>
        <source>Dispatch within (from the report)</source>
        <translation>Dispatch within (from the report)</translation>
    </message>
    <message>
        <source>Accept within (from the report)</source>
        <translation>Accept within (from the report)</translation>
    </message>
    <message>
        <source>Complete within (from the report)</source>
        <translation>Complete within (from the report)</translation>
    </message>
    <message>
        <source>Check within (from the completion)</source>
        <translation>Check within (from the completion)</translation>
    </message>
    <message>
        <source>Call back within (from the check)</source>
        <translation>Call back within (from the check)</translation>
    </message>
    <message>
        <source>Accepting and completing: new orders get these and keep them. Dispatching, checking and calling back: every order is counted against them at once.</source>
        <translation>Accepting and completing: new orders get these and keep them. Dispatching, checking and calling back: every order is counted against them at once.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
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
        <source>Overdue: {overdue}</source>
        <translation>Overdue: {overdue}</translation>
    </message>
    <message>
        <source>Papers not returned: {papers}</source>
        <translation>Papers not returned: {papers}</translation>
    </message>
    <message>
        <source>Click “Overdue” to list the overdue orders, the most late first</source>
        <translation>Click “Overdue” to list the overdue orders, the most late first</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>Receipt register</translation>
    </message>
    <message>
        <source>Issue register</source>
        <translation>Issue register</translation>
    </message>
    <message>
        <source>Stock summary</source>
        <translation>Stock summary</translation>
    </message>
    <message>
        <source>Under safety stock</source>
        <translation>Under safety stock</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>Stock ledger</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Type a purchase request (Ctrl+N)</source>
        <translation>Type a purchase request (Ctrl+N)</translation>
    </message>
    <message>
        <source>Draft from low stock</source>
        <translation>Draft from low stock</translation>
    </message>
    <message>
        <source>Draft a request for every item under its safety stock, up to twice the safety stock</source>
        <translation>Draft a request for every item under its safety stock, up to twice the safety stock</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the purchase request (Enter)</source>
        <translation>Open the purchase request (Enter)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>The manager approves the request</source>
        <translation>The manager approves the request</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel the request with the reason</source>
        <translation>Cancel the request with the reason</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the purchase request (物品申购表)</source>
        <translation>Print the purchase request (物品申购表)</translation>
    </message>
    <message>
        <source>Purchase request {number}</source>
        <translation>Purchase request {number}</translation>
    </message>
    <message>
        <source>New purchase request</source>
        <translation>New purchase request</translation>
    </message>
    <message>
        <source>Purchase request {number} — {status}</source>
        <translation>Purchase request {number} — {status}</translation>
    </message>
    <message numerus="yes">
        <source>Approve purchase request {number}: %n line(s), about {total} yuan?

Its number may then be named on a receipt.</source>
        <translation>
            <numerusform>Approve purchase request {number}: %n line(s), about {total} yuan?

Its number may then be named on a receipt.</numerusform>
            <numerusform>Approve purchase request {number}: %n line(s), about {total} yuan?

Its number may then be named on a receipt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase request {number} can no longer be named on a receipt; it stays, marked cancelled.</source>
        <translation>Purchase request {number} can no longer be named on a receipt; it stays, marked cancelled.</translation>
    </message>
</context>
<context>
    <name>ResultsGrid</name>
    <message>
        <source>Results — inspection {number}</source>
        <translation>Results — inspection {number}</translation>
    </message>
    <message>
        <source>Type one key per sign from the sheet (the keys are in the header); the cursor goes down by itself. Enter skips a sign, Delete clears it, the remark column takes text. Ctrl+S saves.</source>
        <translation>Type one key per sign from the sheet (the keys are in the header); the cursor goes down by itself. Enter skips a sign, Delete clears it, the remark column takes text. Ctrl+S saves.</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>Read only.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{done} of {lines} sign(s) have a result · {failed} failed</source>
        <translation>{done} of {lines} sign(s) have a result · {failed} failed</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Result ({keys})</source>
        <translation>Result ({keys})</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
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
    <message>
        <source>Property director</source>
        <translation>Property director</translation>
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
    <message>
        <source>Reception log</source>
        <translation>Reception log</translation>
    </message>
    <message>
        <source>Sign requests</source>
        <translation>Sign requests</translation>
    </message>
    <message>
        <source>Vendor scoring</source>
        <translation>Vendor scoring</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>New vendor…</source>
        <translation>New vendor…</translation>
    </message>
    <message>
        <source>Add a vendor (Ctrl+N)</source>
        <translation>Add a vendor (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the selected vendor (F2, Enter)</source>
        <translation>Change the selected vendor (F2, Enter)</translation>
    </message>
    <message>
        <source>Contract…</source>
        <translation>Contract…</translation>
    </message>
    <message>
        <source>The selected vendor&apos;s contract in force today (or its latest); a new one when it has none or the last has ended</source>
        <translation>The selected vendor&apos;s contract in force today (or its latest); a new one when it has none or the last has ended</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>New contract…</translation>
    </message>
    <message>
        <source>The selected vendor&apos;s next contract, from the day after its latest one ends</source>
        <translation>The selected vendor&apos;s next contract, from the day after its latest one ends</translation>
    </message>
    <message>
        <source>Fee bands…</source>
        <translation>Fee bands…</translation>
    </message>
    <message>
        <source>The fee bands of the selected vendor&apos;s contract</source>
        <translation>The fee bands of the selected vendor&apos;s contract</translation>
    </message>
    <message>
        <source>Criteria templates…</source>
        <translation>Criteria templates…</translation>
    </message>
    <message>
        <source>The items each sheet scores, by area; points add to 100</source>
        <translation>The items each sheet scores, by area; points add to 100</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Lead on site (signs the sheets)</source>
        <translation>Lead on site (signs the sheets)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Vendor {name}</source>
        <translation>Vendor {name}</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>New vendor</translation>
    </message>
    <message>
        <source>Deduction per failed check</source>
        <translation>Deduction per failed check</translation>
    </message>
    <message>
        <source>Deduction per late defect</source>
        <translation>Deduction per late defect</translation>
    </message>
    <message>
        <source>Deduction per missed treatment</source>
        <translation>Deduction per missed treatment</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Monthly fee (yuan)</source>
        <translation>Monthly fee (yuan)</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Scored by</translation>
    </message>
    <message>
        <source>… as % of the monthly fee</source>
        <translation>… as % of the monthly fee</translation>
    </message>
    <message>
        <source>Serious failure below score</source>
        <translation>Serious failure below score</translation>
    </message>
    <message>
        <source>A sheet scored under this line is 严重不合格 (0: only the items marked serious)</source>
        <translation>A sheet scored under this line is 严重不合格 (0: only the items marked serious)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Contract {number} of {vendor}</source>
        <translation>Contract {number} of {vendor}</translation>
    </message>
    <message>
        <source>New contract of {vendor}</source>
        <translation>New contract of {vendor}</translation>
    </message>
    <message>
        <source>A new contract gets the default fee bands (≥90 full fee, 80–89 −3 %, 70–79 −8 %, under 70 −15 % and a warning); change them under Fee bands.</source>
        <translation>A new contract gets the default fee bands (≥90 full fee, 80–89 −3 %, 70–79 −8 %, under 70 −15 % and a warning); change them under Fee bands.</translation>
    </message>
    <message>
        <source>Fee bands</source>
        <translation>Fee bands</translation>
    </message>
    <message>
        <source>{vendor} has no contract yet; add its contract first.</source>
        <translation>{vendor} has no contract yet; add its contract first.</translation>
    </message>
</context>
<context>
    <name>SignInspections</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Wrong place</translation>
    </message>
    <message>
        <source>Content unsuitable</source>
        <translation>Content unsuitable</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>Inspecting</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Department head</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>Taken down</translation>
    </message>
</context>
<context>
    <name>SignKindsSection</name>
    <message>
        <source>Sign kinds</source>
        <translation>Sign kinds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>New sign kind</source>
        <translation>New sign kind</translation>
    </message>
    <message>
        <source>Rename sign kind</source>
        <translation>Rename sign kind</translation>
    </message>
</context>
<context>
    <name>SignRegistryView</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Correct the selected sign&apos;s place, size, material or state (Enter)</source>
        <translation>Correct the selected sign&apos;s place, size, material or state (Enter)</translation>
    </message>
    <message>
        <source>Request a replacement</source>
        <translation>Request a replacement</translation>
    </message>
    <message>
        <source>Draft a request for a new sign in place of the selected one</source>
        <translation>Draft a request for a new sign in place of the selected one</translation>
    </message>
    <message>
        <source>Print the department&apos;s registry</source>
        <translation>Print the department&apos;s registry</translation>
    </message>
    <message>
        <source>部门标识管理一览表 of the department chosen in the filter (or of the selected sign)</source>
        <translation>部门标识管理一览表 of the department chosen in the filter (or of the selected sign)</translation>
    </message>
    <message>
        <source>Download import template…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <source>Save the spreadsheet to fill in with the signs already on the walls</source>
        <translation>Save the spreadsheet to fill in with the signs already on the walls</translation>
    </message>
    <message>
        <source>Import from .xlsx…</source>
        <translation>Import from .xlsx…</translation>
    </message>
    <message>
        <source>Add the signs of a filled-in import template to the registry</source>
        <translation>Add the signs of a filled-in import template to the registry</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>All floors</translation>
    </message>
    <message>
        <source>Sign text</source>
        <translation>Sign text</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>Room or place</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>e.g. 300×100mm</source>
        <translation>e.g. 300×100mm</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>e.g. 不锈钢, 亚克力</source>
        <translation>e.g. 不锈钢, 亚克力</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>{kind} sign of {department}; in the registry from {source}.</source>
        <translation>{kind} sign of {department}; in the registry from {source}.</translation>
    </message>
    <message>
        <source>Sign {number}</source>
        <translation>Sign {number}</translation>
    </message>
    <message>
        <source>Replacement requested</source>
        <translation>Replacement requested</translation>
    </message>
    <message>
        <source>Draft request {number} names sign {sign}; complete it and submit it under Requests. Installing it retires the old sign.</source>
        <translation>Draft request {number} names sign {sign}; complete it and submit it under Requests. Installing it retires the old sign.</translation>
    </message>
    <message>
        <source>Choose the department in the filter first.</source>
        <translation>Choose the department in the filter first.</translation>
    </message>
    <message>
        <source>Sign registry of {department}</source>
        <translation>Sign registry of {department}</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Save the import template</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>The template is saved as {path}.

Fill in one sign per row (the second sheet explains the columns), then import it here.</source>
        <translation>The template is saved as {path}.

Fill in one sign per row (the second sheet explains the columns), then import it here.</translation>
    </message>
    <message>
        <source>Import signs from a workbook</source>
        <translation>Import signs from a workbook</translation>
    </message>
    <message>
        <source>Importing signs…</source>
        <translation>Importing signs…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s) imported from {file}.</source>
        <translation>
            <numerusform>%n sign(s) imported from {file}.</numerusform>
            <numerusform>%n sign(s) imported from {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignRequestsView</name>
    <message>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Type a department&apos;s sign request (Ctrl+N)</source>
        <translation>Type a department&apos;s sign request (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the request (Enter)</source>
        <translation>Open the request (Enter)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change the draft request</source>
        <translation>Change the draft request</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Hand the request in for the manager&apos;s approval</source>
        <translation>Hand the request in for the manager&apos;s approval</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>经物业服务中心批准: customer service may make it</source>
        <translation>经物业服务中心批准: customer service may make it</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Refuse the request, saying why</source>
        <translation>Refuse the request, saying why</translation>
    </message>
    <message>
        <source>Into production</source>
        <translation>Into production</translation>
    </message>
    <message>
        <source>Customer service has the sign made</source>
        <translation>Customer service has the sign made</translation>
    </message>
    <message>
        <source>Installed…</source>
        <translation>Installed…</translation>
    </message>
    <message>
        <source>The sign is up: record when and by whom; it enters the registry</source>
        <translation>The sign is up: record when and by whom; it enters the registry</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Cancel the request with the reason</source>
        <translation>Cancel the request with the reason</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the request (标识申请表)</source>
        <translation>Print the request (标识申请表)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Late only</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}: {status}</translation>
    </message>
    <message>
        <source>Sign request {number}</source>
        <translation>Sign request {number}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sign text</source>
        <translation>Sign text</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>e.g. 300×100mm</source>
        <translation>e.g. 300×100mm</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>Room or place</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Needed by</translation>
    </message>
    <message>
        <source>New sign request</source>
        <translation>New sign request</translation>
    </message>
    <message>
        <source>Sign request {number} — {status}</source>
        <translation>Sign request {number} — {status}</translation>
    </message>
    <message>
        <source>Replaces sign {sign}: installing this request retires it.</source>
        <translation>Replaces sign {sign}: installing this request retires it.</translation>
    </message>
    <message>
        <source>Replaces sign {sign}.</source>
        <translation>Replaces sign {sign}.</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rejected: {reason}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <source>Installed on {day} by {who} as sign {sign}.</source>
        <translation>Installed on {day} by {who} as sign {sign}.</translation>
    </message>
    <message>
        <source>Submit request {number} of {department} for the manager&apos;s approval? It can no longer be changed.</source>
        <translation>Submit request {number} of {department} for the manager&apos;s approval? It can no longer be changed.</translation>
    </message>
    <message>
        <source>Approve request {number}: {quantity} × “{text}” for {department}?</source>
        <translation>Approve request {number}: {quantity} × “{text}” for {department}?</translation>
    </message>
    <message>
        <source>Put request {number} into production?</source>
        <translation>Put request {number} into production?</translation>
    </message>
    <message>
        <source>Reject sign request {number}</source>
        <translation>Reject sign request {number}</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>The department is told the reason.</source>
        <translation>The department is told the reason.</translation>
    </message>
    <message>
        <source>Cancel sign request {number}</source>
        <translation>Cancel sign request {number}</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <source>The request stays, marked cancelled.</source>
        <translation>The request stays, marked cancelled.</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Installed on</translation>
    </message>
    <message>
        <source>Put up by</source>
        <translation>Put up by</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>e.g. 不锈钢, 亚克力</source>
        <translation>e.g. 不锈钢, 亚克力</translation>
    </message>
    <message>
        <source>{quantity} × “{text}” at {place} enters the registry of {department}.</source>
        <translation>{quantity} × “{text}” at {place} enters the registry of {department}.</translation>
    </message>
    <message>
        <source>Sign {sign} is retired (已撤除).</source>
        <translation>Sign {sign} is retired (已撤除).</translation>
    </message>
    <message>
        <source>Sign request {number} installed</source>
        <translation>Sign request {number} installed</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
</context>
<context>
    <name>Signage</name>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>To be corrected</source>
        <translation>To be corrected</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In production</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>{days} d late</source>
        <translation>{days} d late</translation>
    </message>
</context>
<context>
    <name>SignageTab</name>
    <message>
        <source>Signs</source>
        <translation>Signs</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
</context>
<context>
    <name>StepsToolbar</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Needs {roles}: they type their login name and password at this desk.</source>
        <translation>Needs {roles}: they type their login name and password at this desk.</translation>
    </message>
</context>
<context>
    <name>StocktakesView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Start stocktake…</source>
        <translation>Start stocktake…</translation>
    </message>
    <message>
        <source>Print count sheets</source>
        <translation>Print count sheets</translation>
    </message>
    <message>
        <source>Enter counts…</source>
        <translation>Enter counts…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Print stocktake record</source>
        <translation>Print stocktake record</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <source>Freeze the books and start counting a month (storekeeper)</source>
        <translation>Freeze the books and start counting a month (storekeeper)</translation>
    </message>
    <message>
        <source>The blind count sheets, in shelf order: no book quantities</source>
        <translation>The blind count sheets, in shelf order: no book quantities</translation>
    </message>
    <message>
        <source>Type the counts from the sheets; recount the flagged lines (storekeeper; Enter on a row opens it too)</source>
        <translation>Type the counts from the sheets; recount the flagged lines (storekeeper; Enter on a row opens it too)</translation>
    </message>
    <message>
        <source>Print the 物料盘点记录表</source>
        <translation>Print the 物料盘点记录表</translation>
    </message>
    <message>
        <source>Cancel an open stocktake started by mistake, with the reason</source>
        <translation>Cancel an open stocktake started by mistake, with the reason</translation>
    </message>
    <message>
        <source>Closed through {month}</source>
        <translation>Closed through {month}</translation>
    </message>
    <message>
        <source>No month closed yet</source>
        <translation>No month closed yet</translation>
    </message>
    <message>
        <source>closed up to {moment} (stocktake {number})</source>
        <translation>closed up to {moment} (stocktake {number})</translation>
    </message>
    <message>
        <source>no stocktake open</source>
        <translation>no stocktake open</translation>
    </message>
    <message>
        <source>stocktake {number} of {month} open: {counted} of {lines} line(s) counted</source>
        <translation>stocktake {number} of {month} open: {counted} of {lines} line(s) counted</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>Stocktakes</translation>
    </message>
    <message>
        <source>Select a stocktake in the list first.</source>
        <translation>Select a stocktake in the list first.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Only the category</source>
        <translation>Only the category</translation>
    </message>
    <message>
        <source>Leave empty to count every category</source>
        <translation>Leave empty to count every category</translation>
    </message>
    <message>
        <source>Only the location</source>
        <translation>Only the location</translation>
    </message>
    <message>
        <source>Leave empty to count every location</source>
        <translation>Leave empty to count every location</translation>
    </message>
    <message>
        <source>Quarterly full count</source>
        <translation>Quarterly full count</translation>
    </message>
    <message>
        <source>The whole center counts everything: every item</source>
        <translation>The whole center counts everything: every item</translation>
    </message>
    <message>
        <source>Counted by (盘点人)</source>
        <translation>Counted by (盘点人)</translation>
    </message>
    <message>
        <source>Recounted by (复盘人)</source>
        <translation>Recounted by (复盘人)</translation>
    </message>
    <message>
        <source>Supervised by (监盘人)</source>
        <translation>Supervised by (监盘人)</translation>
    </message>
    <message>
        <source>Start a stocktake</source>
        <translation>Start a stocktake</translation>
    </message>
    <message>
        <source>The books of every item in scope are frozen now; count the shelves against the printed sheets. Leave the category and the location empty to count every item; the quarterly count covers them all.</source>
        <translation>The books of every item in scope are frozen now; count the shelves against the printed sheets. Leave the category and the location empty to count every item; the quarterly count covers them all.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stocktake {number} is approved: the books are closed up to {moment}. Print the stocktake record now?</source>
        <translation>Stocktake {number} is approved: the books are closed up to {moment}. Print the stocktake record now?</translation>
    </message>
    <message>
        <source>Approve the stocktake of {month}? {month} has ended: it is closed entirely, nothing can be dated in it or before it.</source>
        <translation>Approve the stocktake of {month}? {month} has ended: it is closed entirely, nothing can be dated in it or before it.</translation>
    </message>
    <message>
        <source>Approve the stocktake of {month}? The books up to {moment} are closed: nothing can be dated at or before it. {month} stays open after that moment until it ends.</source>
        <translation>Approve the stocktake of {month}? The books up to {moment} are closed: nothing can be dated at or before it. {month} stays open after that moment until it ends.</translation>
    </message>
    <message>
        <source>Stocktake {number}</source>
        <translation>Stocktake {number}</translation>
    </message>
    <message>
        <source>Post the gains and losses and close the books up to the count (manager)</source>
        <translation>Post the gains and losses and close the books up to the count (manager)</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake {number} of {month} started with %n line(s). Print the count sheets now?</source>
        <translation>
            <numerusform>Stocktake {number} of {month} started with %n line(s). Print the count sheets now?</numerusform>
            <numerusform>Stocktake {number} of {month} started with %n line(s). Print the count sheets now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Count sheets {number}</source>
        <translation>Count sheets {number}</translation>
    </message>
    <message>
        <source>Approve stocktake {number}</source>
        <translation>Approve stocktake {number}</translation>
    </message>
    <message>
        <source>Stocktake record {number}</source>
        <translation>Stocktake record {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel stocktake {number}</source>
        <translation>Cancel stocktake {number}</translation>
    </message>
    <message>
        <source>Nothing was posted and no month is closed; the stocktake and its number stay, marked cancelled.</source>
        <translation>Nothing was posted and no month is closed; the stocktake and its number stay, marked cancelled.</translation>
    </message>
    <message>
        <source>Cancel the stocktake</source>
        <translation>Cancel the stocktake</translation>
    </message>
</context>
<context>
    <name>SuggestionsView</name>
    <message>
        <source>New suggestion</source>
        <translation>New suggestion</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Send to department</source>
        <translation>Send to department</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Print register</translation>
    </message>
    <message>
        <source>Month&apos;s summary</source>
        <translation>Month&apos;s summary</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Confirmed late</source>
        <translation>Confirmed late</translation>
    </message>
    <message>
        <source>Not confirmed in time: {count}</source>
        <translation>Not confirmed in time: {count}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Suggestion or opinion</source>
        <translation>Suggestion or opinion</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Suggestion {number}</source>
        <translation>Suggestion {number}</translation>
    </message>
    <message>
        <source>New suggestion or opinion</source>
        <translation>New suggestion or opinion</translation>
    </message>
    <message>
        <source>confirmed {time}</source>
        <translation>confirmed {time}</translation>
    </message>
    <message>
        <source>signed by {name} on {date}</source>
        <translation>signed by {name} on {date}</translation>
    </message>
    <message>
        <source>Send suggestion {number}</source>
        <translation>Send suggestion {number}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Department&apos;s acknowledgement of {number}</source>
        <translation>Department&apos;s acknowledgement of {number}</translation>
    </message>
    <message>
        <source>Result of suggestion {number}</source>
        <translation>Result of suggestion {number}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Suggestions register</source>
        <translation>Suggestions register</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Month&apos;s summary of suggestions</source>
        <translation>Month&apos;s summary of suggestions</translation>
    </message>
    <message>
        <source>Suggestions {month}</source>
        <translation>Suggestions {month}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Hide items with no stock and no movement</source>
        <translation>Hide items with no stock and no movement</translation>
    </message>
    <message>
        <source>Print and Export follow this choice</source>
        <translation>Print and Export follow this choice</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Receiving department</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <source>Issue slips</source>
        <translation>Issue slips</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Consumption by receiving department (from the signed issue slips)</source>
        <translation>Consumption by receiving department (from the signed issue slips)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Opening qty</source>
        <translation>Opening qty</translation>
    </message>
    <message>
        <source>Opening value</source>
        <translation>Opening value</translation>
    </message>
    <message>
        <source>In qty</source>
        <translation>In qty</translation>
    </message>
    <message>
        <source>In value</source>
        <translation>In value</translation>
    </message>
    <message>
        <source>Out qty</source>
        <translation>Out qty</translation>
    </message>
    <message>
        <source>Out value</source>
        <translation>Out value</translation>
    </message>
    <message>
        <source>Gain qty</source>
        <translation>Gain qty</translation>
    </message>
    <message>
        <source>Gain value</source>
        <translation>Gain value</translation>
    </message>
    <message>
        <source>Loss qty</source>
        <translation>Loss qty</translation>
    </message>
    <message>
        <source>Loss value</source>
        <translation>Loss value</translation>
    </message>
    <message>
        <source>Closing qty</source>
        <translation>Closing qty</translation>
    </message>
    <message>
        <source>Closing value</source>
        <translation>Closing value</translation>
    </message>
    <message>
        <source>Summing up {month}…</source>
        <translation>Summing up {month}…</translation>
    </message>
    <message>
        <source>Subtotal {category}</source>
        <translation>Subtotal {category}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Subtotals add values only: quantities of different units are not added.</source>
        <translation>
            <numerusform>%n item(s). Subtotals add values only: quantities of different units are not added.</numerusform>
            <numerusform>%n item(s). Subtotals add values only: quantities of different units are not added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was in stock or moved in {month}.</source>
        <translation>Nothing was in stock or moved in {month}.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Preparing the summary…</translation>
    </message>
    <message>
        <source>Stock summary {month}</source>
        <translation>Stock summary {month}</translation>
    </message>
    <message>
        <source>Export the stock summary</source>
        <translation>Export the stock summary</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>The stock summary of {month} was saved to
{path}</source>
        <translation>The stock summary of {month} was saved to
{path}</translation>
    </message>
</context>
<context>
    <name>SurveyGrid</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>Customer&apos;s opinion</translation>
    </message>
    <message>
        <source>Returned forms — survey {number} ({title})</source>
        <translation>Returned forms — survey {number} ({title})</translation>
    </message>
    <message>
        <source>One row per returned form. Type each item&apos;s rating: 1 satisfied, 2 fairly satisfied, 3 dissatisfied, 0 not answered — the cursor moves right. Then the company, room and opinion if written (Enter skips them). Enter: the next form. Ctrl+S saves.</source>
        <translation>One row per returned form. Type each item&apos;s rating: 1 satisfied, 2 fairly satisfied, 3 dissatisfied, 0 not answered — the cursor moves right. Then the company, room and opinion if written (Enter skips them). Enter: the next form. Ctrl+S saves.</translation>
    </message>
    <message>
        <source>Read only: {status}.</source>
        <translation>Read only: {status}.</translation>
    </message>
    <message>
        <source>Remove form (Ctrl+Del)</source>
        <translation>Remove form (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Forms {count} of {sent} sent out</source>
        <translation>Forms {count} of {sent} sent out</translation>
    </message>
    <message numerus="yes">
        <source>%n not saved</source>
        <translation>
            <numerusform>%n not saved</numerusform>
            <numerusform>%n not saved</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>Unsaved forms</translation>
    </message>
    <message>
        <source>Save the forms typed before closing?</source>
        <translation>Save the forms typed before closing?</translation>
    </message>
</context>
<context>
    <name>SurveyResultDialog</name>
    <message>
        <source>Result — survey {number} ({title})</source>
        <translation>Result — survey {number} ({title})</translation>
    </message>
    <message>
        <source>({change} points since the previous survey)</source>
        <translation>({change} points since the previous survey)</translation>
    </message>
    <message>
        <source>{status} · forms sent out {sent}, returned {returned} ({rate}) · overall satisfaction {overall}</source>
        <translation>{status} · forms sent out {sent}, returned {returned} ({rate}) · overall satisfaction {overall}</translation>
    </message>
    <message>
        <source>Compared with survey {number} ({period}).</source>
        <translation>Compared with survey {number} ({period}).</translation>
    </message>
    <message>
        <source>No earlier survey to compare with.</source>
        <translation>No earlier survey to compare with.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>Customer&apos;s opinion</translation>
    </message>
    <message>
        <source>Print result sheet (Ctrl+P)</source>
        <translation>Print result sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fairly</source>
        <translation>Fairly</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Survey result {number}</source>
        <translation>Survey result {number}</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Open for entry</source>
        <translation>Open for entry</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Power supply</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>Water supply</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>Fire safety</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>Sanitation</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>Greening</translation>
    </message>
    <message>
        <source>Public facilities</source>
        <translation>Public facilities</translation>
    </message>
    <message>
        <source>Repair service</source>
        <translation>Repair service</translation>
    </message>
    <message>
        <source>Special services</source>
        <translation>Special services</translation>
    </message>
    <message>
        <source>Dedicated services</source>
        <translation>Dedicated services</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>1 Yes</source>
        <translation>1 Yes</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>2 Fair</source>
        <translation>2 Fair</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>3 No</source>
        <translation>3 No</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>0 —</source>
        <translation>0 —</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Second half</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Open for entry</source>
        <translation>Open for entry</translation>
    </message>
    <message>
        <source>Enter forms</source>
        <translation>Enter forms</translation>
    </message>
    <message>
        <source>Close survey</source>
        <translation>Close survey</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <source>Set up a survey: its half-year, the day sent out, forms sent</source>
        <translation>Set up a survey: its half-year, the day sent out, forms sent</translation>
    </message>
    <message>
        <source>The forms are out: let the desk enter the returned ones</source>
        <translation>The forms are out: let the desk enter the returned ones</translation>
    </message>
    <message>
        <source>Type the returned forms in the grid, one row per form</source>
        <translation>Type the returned forms in the grid, one row per form</translation>
    </message>
    <message>
        <source>Close the survey: its result is frozen</source>
        <translation>Close the survey: its result is frozen</translation>
    </message>
    <message>
        <source>The result compared with the previous survey, and its sheet</source>
        <translation>The result compared with the previous survey, and its sheet</translation>
    </message>
    <message>
        <source>The blank survey form to hand out</source>
        <translation>The blank survey form to hand out</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n survey(s) so far</source>
        <translation>
            <numerusform>{year}: %n survey(s) so far</numerusform>
            <numerusform>{year}: %n survey(s) so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n survey(s)</source>
        <translation>
            <numerusform>{year}: %n survey(s)</numerusform>
            <numerusform>{year}: %n survey(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>At least two surveys a year — short: {years}</source>
        <translation>At least two surveys a year — short: {years}</translation>
    </message>
    <message>
        <source>Survey form {number}</source>
        <translation>Survey form {number}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sent out on</source>
        <translation>Sent out on</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Forms sent out</source>
        <translation>Forms sent out</translation>
    </message>
    <message>
        <source>{year} {half} customer satisfaction survey</source>
        <translation>{year} {half} customer satisfaction survey</translation>
    </message>
    <message>
        <source>New satisfaction survey</source>
        <translation>New satisfaction survey</translation>
    </message>
    <message>
        <source>Survey {number}</source>
        <translation>Survey {number}</translation>
    </message>
    <message>
        <source>Remarks for the departments</source>
        <translation>Remarks for the departments</translation>
    </message>
    <message>
        <source>Close survey {number}</source>
        <translation>Close survey {number}</translation>
    </message>
    <message>
        <source>{returned} forms returned of {sent}; overall satisfaction {overall}. Closing freezes the result.</source>
        <translation>{returned} forms returned of {sent}; overall satisfaction {overall}. Closing freezes the result.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>Criteria templates</source>
        <translation>Criteria templates</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor kind</source>
        <translation>Vendor kind</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>(a new template)</source>
        <translation>(a new template)</translation>
    </message>
    <message>
        <source>Version {version}. Saving makes version {next}; sheets already made keep their own copy.</source>
        <translation>Version {version}. Saving makes version {next}; sheets already made keep their own copy.</translation>
    </message>
    <message>
        <source>A new template: choose its vendor kind and sheet.</source>
        <translation>A new template: choose its vendor kind and sheet.</translation>
    </message>
    <message>
        <source>Points: a number is wrong</source>
        <translation>Points: a number is wrong</translation>
    </message>
    <message>
        <source>Points: {total} of 100</source>
        <translation>Points: {total} of 100</translation>
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
    <name>VendorKindsSection</name>
    <message>
        <source>Vendor kinds</source>
        <translation>Vendor kinds</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>New vendor kind</source>
        <translation>New vendor kind</translation>
    </message>
    <message>
        <source>Rename vendor kind</source>
        <translation>Rename vendor kind</translation>
    </message>
</context>
<context>
    <name>Vendors</name>
    <message>
        <source>Daily round</source>
        <translation>Daily round</translation>
    </message>
    <message>
        <source>Weekly check</source>
        <translation>Weekly check</translation>
    </message>
    <message>
        <source>Systematic evaluation</source>
        <translation>Systematic evaluation</translation>
    </message>
    <message>
        <source>Month-end full check</source>
        <translation>Month-end full check</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>To be confirmed by the vendor</source>
        <translation>To be confirmed by the vendor</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Objection to rule on</source>
        <translation>Objection to rule on</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>To be fixed</source>
        <translation>To be fixed</translation>
    </message>
    <message>
        <source>Vendor replied, to re-inspect</source>
        <translation>Vendor replied, to re-inspect</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Failed re-inspection</source>
        <translation>Failed re-inspection</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation>{late} late</translation>
    </message>
    <message>
        <source>Minor (1 hour)</source>
        <translation>Minor (1 hour)</translation>
    </message>
    <message>
        <source>Work ticket</source>
        <translation>Work ticket</translation>
    </message>
    <message>
        <source>Approved, to be confirmed by the vendor</source>
        <translation>Approved, to be confirmed by the vendor</translation>
    </message>
    <message>
        <source>Confirmed by the vendor</source>
        <translation>Confirmed by the vendor</translation>
    </message>
    <message>
        <source>Fee band</source>
        <translation>Fee band</translation>
    </message>
    <message>
        <source>Failed check</source>
        <translation>Failed check</translation>
    </message>
    <message>
        <source>Defect not fixed in time</source>
        <translation>Defect not fixed in time</translation>
    </message>
    <message>
        <source>Pest treatment missed</source>
        <translation>Pest treatment missed</translation>
    </message>
    <message>
        <source>The calendar month</source>
        <translation>The calendar month</translation>
    </message>
    <message>
        <source>The 26th of the month before to the 25th</source>
        <translation>The 26th of the month before to the 25th</translation>
    </message>
    <message>
        <source>{days} d late</source>
        <translation>{days} d late</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>To call back</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>On request</translation>
    </message>
    <message>
        <source>Redone (unsatisfied)</source>
        <translation>Redone (unsatisfied)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Serious failures open: {count}</source>
        <translation>Serious failures open: {count}</translation>
    </message>
    <message>
        <source>Waiting for the vendor&apos;s signature: {count}</source>
        <translation>Waiting for the vendor&apos;s signature: {count}</translation>
    </message>
    <message>
        <source>Objections to rule on: {count}</source>
        <translation>Objections to rule on: {count}</translation>
    </message>
    <message>
        <source>Defects due today: {count}</source>
        <translation>Defects due today: {count}</translation>
    </message>
    <message>
        <source>Late: {count}</source>
        <translation>Late: {count}</translation>
    </message>
    <message>
        <source>Density reports overdue: {count}</source>
        <translation>Density reports overdue: {count}</translation>
    </message>
    <message>
        <source>Months waiting for the manager: {count}</source>
        <translation>Months waiting for the manager: {count}</translation>
    </message>
</context>
<context>
    <name>VendorsTab</name>
    <message>
        <source>Evaluations</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Defects</translation>
    </message>
    <message>
        <source>Pest control</source>
        <translation>Pest control</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Vendors and contracts</source>
        <translation>Vendors and contracts</translation>
    </message>
    <message>
        <source>What is due today: click a number to list it</source>
        <translation>What is due today: click a number to list it</translation>
    </message>
</context>
<context>
    <name>VisitorForms</name>
    <message>
        <source>Whom the visitor comes to see</source>
        <translation>Whom the visitor comes to see</translation>
    </message>
    <message>
        <source>Filled in from the host when known</source>
        <translation>Filled in from the host when known</translation>
    </message>
    <message>
        <source>Only if the visitor shows a paper</source>
        <translation>Only if the visitor shows a paper</translation>
    </message>
    <message>
        <source>A walk-in: when the visitor came. An appointment: when the visitor is expected.</source>
        <translation>A walk-in: when the visitor came. An appointment: when the visitor is expected.</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Edit visit {number}</source>
        <translation>Edit visit {number}</translation>
    </message>
    <message>
        <source>The ID number on file ({masked}) is kept unless you type another.</source>
        <translation>The ID number on file ({masked}) is kept unless you type another.</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>Told</translation>
    </message>
    <message>
        <source>Told at</source>
        <translation>Told at</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>Agreed time</translation>
    </message>
    <message>
        <source>The time the host gives the visitor</source>
        <translation>The time the host gives the visitor</translation>
    </message>
    <message>
        <source>Tell the host of visit {number}</source>
        <translation>Tell the host of visit {number}</translation>
    </message>
    <message>
        <source>{visitor} ({company}) to see {host}: {purpose}</source>
        <translation>{visitor} ({company}) to see {host}: {purpose}</translation>
    </message>
    <message>
        <source>Host told</source>
        <translation>Host told</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>The day&apos;s visitors register</source>
        <translation>The day&apos;s visitors register</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Host told</source>
        <translation>Host told</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Appointment by phone</source>
        <translation>Appointment by phone</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Other paper</source>
        <translation>Other paper</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Unit or company</source>
        <translation>Unit or company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Host department</source>
        <translation>Host department</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Message left</translation>
    </message>
    <message>
        <source>{minutes} min late</source>
        <translation>{minutes} min late</translation>
    </message>
    <message>
        <source>Auto sign-out</source>
        <translation>Auto sign-out</translation>
    </message>
</context>
<context>
    <name>VisitorsSettings</name>
    <message>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
    <message>
        <source>Sign out everyone still on site at</source>
        <translation>Sign out everyone still on site at</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Host told late after</source>
        <translation>Host told late after</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Purge visitors&apos; personal data after</source>
        <translation>Purge visitors&apos; personal data after</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Save visitors&apos; settings</source>
        <translation>Save visitors&apos; settings</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>New visitor identity</source>
        <translation>New visitor identity</translation>
    </message>
    <message>
        <source>Rename visitor identity</source>
        <translation>Rename visitor identity</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>VisitorsView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Host told…</source>
        <translation>Host told…</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>Let in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <source>Day&apos;s register…</source>
        <translation>Day&apos;s register…</translation>
    </message>
    <message>
        <source>Show ID number</source>
        <translation>Show ID number</translation>
    </message>
    <message>
        <source>Register a visitor: an appointment or a walk-in (Ctrl+N)</source>
        <translation>Register a visitor: an appointment or a walk-in (Ctrl+N)</translation>
    </message>
    <message>
        <source>The host has been told; give a walk-in a time (F7)</source>
        <translation>The host has been told; give a walk-in a time (F7)</translation>
    </message>
    <message>
        <source>The visitor goes in: on site (F8)</source>
        <translation>The visitor goes in: on site (F8)</translation>
    </message>
    <message>
        <source>The visitor leaves, now (F9)</source>
        <translation>The visitor leaves, now (F9)</translation>
    </message>
    <message>
        <source>Print the 访客单 (two on an A5 sheet)</source>
        <translation>Print the 访客单 (two on an A5 sheet)</translation>
    </message>
    <message>
        <source>Print the day&apos;s 来访登记表 for the duty officer to sign</source>
        <translation>Print the day&apos;s 来访登记表 for the duty officer to sign</translation>
    </message>
    <message>
        <source>Managers: see the full ID number (recorded in the audit log)</source>
        <translation>Managers: see the full ID number (recorded in the audit log)</translation>
    </message>
    <message>
        <source>Phone, name or company</source>
        <translation>Phone, name or company</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>On site now</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>Late only</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All identities</source>
        <translation>All identities</translation>
    </message>
    <message>
        <source>{number}: {visitor}, {status}</source>
        <translation>{number}: {visitor}, {status}</translation>
    </message>
    <message>
        <source>On site: {on_site}    Late: {late}</source>
        <translation>On site: {on_site}    Late: {late}</translation>
    </message>
    <message>
        <source>Visitor slip {number}</source>
        <translation>Visitor slip {number}</translation>
    </message>
    <message>
        <source>Visitors register {day}</source>
        <translation>Visitors register {day}</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>{number}: {id_number}

This look is recorded in the audit log.</source>
        <translation>{number}: {id_number}

This look is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>VouchDialog</name>
    <message>
        <source>{step}: {name} may not take this step; {roles} may. They type their own login name and password here: the step is theirs, in the records and the audit log, and {name} stays logged in.</source>
        <translation>{step}: {name} may not take this step; {roles} may. They type their own login name and password here: the step is theirs, in the records and the audit log, and {name} stays logged in.</translation>
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
        <source>Confirm identity</source>
        <translation>Confirm identity</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the login name of the one who signs.</source>
        <translation>Type the login name of the one who signs.</translation>
    </message>
    <message>
        <source>Type their password.</source>
        <translation>Type their password.</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Counting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Company central purchase</source>
        <translation>Company central purchase</translation>
    </message>
    <message>
        <source>Central purchase</source>
        <translation>Central purchase</translation>
    </message>
    <message>
        <source>Own purchase (approved request)</source>
        <translation>Own purchase (approved request)</translation>
    </message>
    <message>
        <source>Own purchase</source>
        <translation>Own purchase</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Receipt reversed</source>
        <translation>Receipt reversed</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Issue reversed</source>
        <translation>Issue reversed</translation>
    </message>
    <message>
        <source>Stocktake gain</source>
        <translation>Stocktake gain</translation>
    </message>
    <message>
        <source>Stocktake loss</source>
        <translation>Stocktake loss</translation>
    </message>
</context>
<context>
    <name>WarehouseTab</name>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Issue slips</source>
        <translation>Issue slips</translation>
    </message>
    <message>
        <source>Purchase requests</source>
        <translation>Purchase requests</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>Stocktakes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>WarehouseWords</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Purchase request no.</source>
        <translation>Purchase request no.</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Delivery note no.</source>
        <translation>Delivery note no.</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Receiving department</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Repair order no.</source>
        <translation>Repair order no.</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Name and specification</source>
        <translation>Name and specification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Estimated price</source>
        <translation>Estimated price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>Safety stock</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Stock {qty} {unit}</source>
        <translation>Stock {qty} {unit}</translation>
    </message>
    <message>
        <source>Entered by {name} on {time}.</source>
        <translation>Entered by {name} on {time}.</translation>
    </message>
    <message>
        <source>Confirmed by {name} on {time}.</source>
        <translation>Confirmed by {name} on {time}.</translation>
    </message>
    <message>
        <source>Signed by {name} on {time}.</source>
        <translation>Signed by {name} on {time}.</translation>
    </message>
    <message>
        <source>Approved by {name} on {time}.</source>
        <translation>Approved by {name} on {time}.</translation>
    </message>
    <message>
        <source>Cancelled by {name} on {time}: {reason}</source>
        <translation>Cancelled by {name} on {time}: {reason}</translation>
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
