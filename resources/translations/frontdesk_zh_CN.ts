<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>FrontDesk</source>
        <translation>物业客服台</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>排列顺序</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>密码存储</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>one login per name, in any case</source>
        <translation>登录名不分大小写，每人一个</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Kind of case</source>
        <translation>案件类别</translation>
    </message>
    <message>
        <source>Called back at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>预约答复时间</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>Followed up at</source>
        <translation>跟进时间</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Paper returned</source>
        <translation>纸质单交回时间</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>验收时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修情况</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>所用材料</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Times sent back</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <source>Minutes to accept a normal order</source>
        <translation>一般报修接单时限（分钟）</translation>
    </message>
    <message>
        <source>Minutes to complete a normal order</source>
        <translation>一般报修完工时限（分钟）</translation>
    </message>
    <message>
        <source>Minutes to accept an urgent order</source>
        <translation>紧急报修接单时限（分钟）</translation>
    </message>
    <message>
        <source>Minutes to complete an urgent order</source>
        <translation>紧急报修完工时限（分钟）</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>报修单</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>报修类别</translation>
    </message>
    <message>
        <source>Office setting</source>
        <translation>单位设置</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Per failed check</source>
        <translation>每次检查不合格扣款</translation>
    </message>
    <message>
        <source>Per failed check in % of the fee</source>
        <translation>检查不合格扣款按月费百分比</translation>
    </message>
    <message>
        <source>Per late defect</source>
        <translation>每项逾期整改扣款</translation>
    </message>
    <message>
        <source>Per late defect in % of the fee</source>
        <translation>逾期整改扣款按月费百分比</translation>
    </message>
    <message>
        <source>Per missed treatment</source>
        <translation>每次缺少消杀扣款</translation>
    </message>
    <message>
        <source>Per missed treatment in % of the fee</source>
        <translation>缺少消杀扣款按月费百分比</translation>
    </message>
    <message>
        <source>Vendor kind</source>
        <translation>外判类别</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Lead on site</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Vendor contract</source>
        <translation>外判合同</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月服务费</translation>
    </message>
    <message>
        <source>Criteria template</source>
        <translation>考评标准</translation>
    </message>
    <message>
        <source>Serious below</source>
        <translation>严重不合格分数线</translation>
    </message>
    <message>
        <source>Fee bands</source>
        <translation>费用档次</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>考评项目</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Vendor defect</source>
        <translation>外判整改</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外判单位</translation>
    </message>
    <message>
        <source>Kind of defect</source>
        <translation>整改类别</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>考评表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Vendor&apos;s reply</source>
        <translation>外判单位回复</translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Re-inspected at</source>
        <translation>复查时间</translation>
    </message>
    <message>
        <source>Re-inspected by</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>重新整改期限</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Item category</source>
        <translation>物品类别</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Issue slip</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>Purchase request</source>
        <translation>物品申购表</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Counted quantity</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>Recounted quantity</source>
        <translation>复盘数量</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>Recounted by</source>
        <translation>复盘人</translation>
    </message>
    <message>
        <source>Supervised by</source>
        <translation>监盘人</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>盘盈</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>盘亏</translation>
    </message>
    <message>
        <source>Month closed</source>
        <translation>结账月份</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Weekend working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Density report</source>
        <translation>密度监测报告</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Pest treatment</source>
        <translation>消杀记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>施药时间</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>施药区域</translation>
    </message>
    <message>
        <source>Agent used</source>
        <translation>药剂</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Contractor&apos;s signature</source>
        <translation>承包商签名</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Backed up automatically to {path}</source>
        <translation>已自动备份到 {path}</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>自动备份失败：{error}</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <source>Last good backup: none yet</source>
        <translation>最近一次完好的备份：暂无</translation>
    </message>
    <message>
        <source>Last good backup: {when} ({age}), {path}</source>
        <translation>最近一次完好的备份：{when}（{age}），{path}</translation>
    </message>
</context>
<context>
    <name>BandsDialog</name>
    <message>
        <source>Score from</source>
        <translation>分数自</translation>
    </message>
    <message>
        <source>Below (top band: to 100)</source>
        <translation>至（不含；最高档至100）</translation>
    </message>
    <message>
        <source>Fee reduced by %</source>
        <translation>扣减月费 %</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>书面警告</translation>
    </message>
    <message>
        <source>Fee bands of contract {number}</source>
        <translation>合同 {number} 的费用档次</translation>
    </message>
    <message>
        <source>The month&apos;s score picks the band; the bands must cover 0 to 100 without a gap or an overlap.</source>
        <translation>按月度考评分数确定档次；各档须覆盖 0 至 100 分，不得有空档或重叠。</translation>
    </message>
</context>
<context>
    <name>CallForms</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type 1–6 to choose</source>
        <translation>按 1–6 选择</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号/位置</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department or company</source>
        <translation>部门或公司</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>来电内容</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Answered now: the call is closed. Empty: it waits.</source>
        <translation>当即答复则办结；留空则待答复。</translation>
    </message>
    <message>
        <source>Repair category</source>
        <translation>报修类别</translation>
    </message>
    <message>
        <source>Repairs only: the order&apos;s category</source>
        <translation>仅报修：报修单的类别</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Cause of urgency</source>
        <translation>紧急原因</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Empty: the next working day</source>
        <translation>留空：下一个工作日</translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The caller&apos;s history</source>
        <translation>来电人历史记录</translation>
    </message>
    <message>
        <source>The caller&apos;s history: {count}</source>
        <translation>来电人历史记录：{count} 条</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Answer call {number}</source>
        <translation>答复来电 {number}</translation>
    </message>
    <message>
        <source>Repair order from call {number}</source>
        <translation>来电 {number} 转报修单</translation>
    </message>
    <message>
        <source>The order takes the call&apos;s room, caller, phone, unit and content: {room} {caller} — {content}</source>
        <translation>报修单沿用来电的房号、来电人、电话、单位和内容：{room} {caller} — {content}</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>来电 {number}</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>答复：{answer}</translation>
    </message>
    <message>
        <source>Promised by {time}</source>
        <translation>承诺于 {time} 前答复</translation>
    </message>
    <message>
        <source>Repair order {number}: {status}</source>
        <translation>报修单 {number}：{status}</translation>
    </message>
    <message>
        <source>Suggestion {number}</source>
        <translation>建议 {number}</translation>
    </message>
    <message>
        <source>Complaint {number}: {status}</source>
        <translation>投诉 {number}：{status}</translation>
    </message>
    <message>
        <source>{number}: {caller} {phone}</source>
        <translation>{number}：{caller} {phone}</translation>
    </message>
    <message>
        <source>Repair order {number}</source>
        <translation>报修单 {number}</translation>
    </message>
    <message>
        <source>A complaint to register: “Register complaint” fills its form from the call.</source>
        <translation>投诉待登记：点“登记投诉”，投诉登记表由来电自动填写。</translation>
    </message>
</context>
<context>
    <name>CallbackForms</name>
    <message>
        <source>Customer&apos;s verdict</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <source>One key: 1, 2, 3, or 0 when the customer cannot answer now</source>
        <translation>一键选择：1、2、3；客户暂不能答复按 0</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>预约答复时间</translation>
    </message>
    <message>
        <source>When the customer cannot answer now: when the office calls again</source>
        <translation>客户暂不能答复时：约定再次回访的时间</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Spoken to</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需跟进</translation>
    </message>
    <message>
        <source>{number}: call {customer} ({phone}), {room} — {summary}</source>
        <translation>{number}：致电 {customer}（{phone}），{room} — {summary}</translation>
    </message>
    <message>
        <source>“Unsatisfied” sends the case back to {owner} and it stays open.</source>
        <translation>“不满意”将退回{owner}重新处理，案件保持未结。</translation>
    </message>
    <message>
        <source>Call back on {number}</source>
        <translation>回访 {number}</translation>
    </message>
    <message>
        <source>Follow-up result</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>Followed up at</source>
        <translation>跟进时间</translation>
    </message>
    <message>
        <source>{number}: {customer} said “{words}”.</source>
        <translation>{number}：{customer} 说“{words}”。</translation>
    </message>
    <message>
        <source>Answer promised by {time}.</source>
        <translation>预约答复时间 {time}。</translation>
    </message>
    <message>
        <source>Follow-up on {number}</source>
        <translation>跟进 {number}</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>预约答复</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Opinion consultation</source>
        <translation>意见咨询</translation>
    </message>
    <message>
        <source>{days} d {hours} h late</source>
        <translation>超时 {days} 天 {hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min late</source>
        <translation>超时 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min late</source>
        <translation>超时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Cannot answer now</source>
        <translation>暂不能答复</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>报修单</translation>
    </message>
    <message>
        <source>Pest control</source>
        <translation>病媒生物防治</translation>
    </message>
</context>
<context>
    <name>CallbacksView</name>
    <message>
        <source>Call back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>部长审核</translation>
    </message>
    <message>
        <source>Record the customer&apos;s verdict on the case selected in the queue</source>
        <translation>记录所选案件的客户回访结果</translation>
    </message>
    <message>
        <source>The promised answer, or the follow-up asked for</source>
        <translation>预约答复或需跟进事项的结果</translation>
    </message>
    <message>
        <source>The manager has read this callback (部长审核)</source>
        <translation>部长已审阅此回访（部长审核）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>All waiting</source>
        <translation>全部待回访</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>预约答复</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>promised</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Waiting for a callback: {count}, late: {late}</source>
        <translation>待回访：{count}，超时：{late}</translation>
    </message>
</context>
<context>
    <name>CallsSettings</name>
    <message>
        <source>Calls and suggestions</source>
        <translation>来电与建议/意见</translation>
    </message>
    <message>
        <source> working day(s)</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>当日</translation>
    </message>
    <message>
        <source> day(s) later</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Answer promised within</source>
        <translation>承诺答复期限</translation>
    </message>
    <message>
        <source>Suggestions confirmed by the end of</source>
        <translation>建议/意见确认期限（当日结束前或其后）</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>只有系统管理员可以修改这些设置。</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <source>New call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Make a repair order</source>
        <translation>转报修单</translation>
    </message>
    <message>
        <source>Register complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未办结</translation>
    </message>
    <message>
        <source>Waiting for an answer, or a complaint to register</source>
        <translation>待答复，或投诉待登记</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>仅超时</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Item categories</source>
        <translation>物品类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>New item category</source>
        <translation>新增物品类别</translation>
    </message>
    <message>
        <source>Rename item category</source>
        <translation>物品类别改名</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own now.</source>
        <translation>您的密码由管理员设置，请现在改为您自己的密码。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>ComplaintForms</name>
    <message>
        <source>{number}: {customer} ({phone}) — {summary}</source>
        <translation>{number}：{customer}（{phone}）— {summary}</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉方式</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号/位置</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>The customer asks</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Is the complaint valid?</source>
        <translation>投诉是否成立？</translation>
    </message>
    <message>
        <source>Valid: assign it</source>
        <translation>成立：分派处理</translation>
    </message>
    <message>
        <source>Not valid: close it</source>
        <translation>不成立：结案</translation>
    </message>
    <message>
        <source>Explanation given</source>
        <translation>向客户的解释</translation>
    </message>
    <message>
        <source>Judge complaint {number}</source>
        <translation>判定投诉 {number}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Assign complaint {number}</source>
        <translation>分派投诉 {number}</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Notice {number} signed for by {department}</source>
        <translation>通知单 {number} 由{department}签收</translation>
    </message>
    <message>
        <source>Contacted at</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>Why later than the deadline</source>
        <translation>超时原因</translation>
    </message>
    <message>
        <source>First contact on {number}</source>
        <translation>投诉 {number} 首次联系</translation>
    </message>
    <message>
        <source>Contact due by {due}.</source>
        <translation>须于 {due} 前联系客户。</translation>
    </message>
    <message>
        <source>Answered at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Corrective action by</source>
        <translation>纠正措施计划完成</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Remedy due by {due}.</source>
        <translation>补救措施须于 {due} 前答复。</translation>
    </message>
    <message>
        <source>Reopened: the customer said “{words}”.</source>
        <translation>重办：客户说“{words}”。</translation>
    </message>
    <message>
        <source>Remedy on {number}</source>
        <translation>投诉 {number} 补救措施</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Complaint {number} done</source>
        <translation>投诉 {number} 处理完成</translation>
    </message>
    <message>
        <source>Call the customer back today.</source>
        <translation>请于当天回访客户。</translation>
    </message>
    <message>
        <source>Customer is</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Overall assessment</source>
        <translation>综合评价</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Call back on {number}</source>
        <translation>投诉 {number} 回访</translation>
    </message>
    <message>
        <source>Remedy: {remedy}</source>
        <translation>补救措施：{remedy}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel complaint {number}</source>
        <translation>取消投诉 {number}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>客户投诉登记表</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>To be assigned</source>
        <translation>待分派</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Notice signed for</source>
        <translation>已签收</translation>
    </message>
    <message>
        <source>Customer contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Reported to the manager the same day</source>
        <translation>当日报告客服部长</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系客户</translation>
    </message>
    <message>
        <source>On site (urgent)</source>
        <translation>紧急投诉人员到场</translation>
    </message>
    <message>
        <source>Remedy answered</source>
        <translation>答复补救措施</translation>
    </message>
    <message>
        <source>Resolved (ordinary)</source>
        <translation>一般投诉处理完成</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>完成当日回访</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>Done, to call back</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来人面谈</translation>
    </message>
    <message>
        <source>WeChat account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Service efficiency</source>
        <translation>服务效率</translation>
    </message>
    <message>
        <source>Professional competence</source>
        <translation>专业素质</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>供电</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>供水</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>绿化</translation>
    </message>
    <message>
        <source>Public facilities</source>
        <translation>公共设施</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Special services</source>
        <translation>特约服务</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Rulebook 002: contact in 30 min, remedy in 3 days</source>
        <translation>制度002：30分钟内联系，3天内答复补救措施</translation>
    </message>
    <message>
        <source>Rulebook 003: contact in 2 h, proposal in 4 working days</source>
        <translation>制度003：2小时内联系，4个工作日内提出处理方案</translation>
    </message>
    <message>
        <source>{late} late to judge</source>
        <translation>判定超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to assign</source>
        <translation>分派超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to contact</source>
        <translation>联系超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to answer</source>
        <translation>答复超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to resolve</source>
        <translation>处理超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to call back</source>
        <translation>回访超时 {late}</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>ComplaintsAnalysisDialog</name>
    <message>
        <source>Complaint analysis</source>
        <translation>投诉分析</translation>
    </message>
    <message>
        <source>First half (H1)</source>
        <translation>上半年（H1）</translation>
    </message>
    <message>
        <source>Second half (H2)</source>
        <translation>下半年（H2）</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>Place or room</source>
        <translation>地点/房间</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>投诉性质</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉登记表号</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>By nature</source>
        <translation>按性质</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>被投诉部门</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按投诉方式</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉方式</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>按级别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Complaints by nature and month</source>
        <translation>各月投诉件数（按性质）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>{start} to {end}: {total} complaint(s) received ({cancelled} cancelled, not counted); {valid} valid, {invalid} not valid; {reopened} reopened; {callbacks} callback(s), {rate} satisfied.</source>
        <translation>{start} 至 {end}：受理投诉 {total} 件（另已取消 {cancelled} 件，不计入）；成立 {valid} 件，不成立 {invalid} 件；重办 {reopened} 件；回访 {callbacks} 次，满意率 {rate}。</translation>
    </message>
    <message>
        <source>Recurring problems: {count} (the same place and nature at least twice — to be looked into with the departments concerned)</source>
        <translation>反复出现的问题：{count} 项（同一地点同一性质 2 次及以上，应组织有关部门深入探讨并找出解决办法）</translation>
    </message>
    <message>
        <source>M{month}</source>
        <translation>{month}月</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Other natures</source>
        <translation>其余性质</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>（未分派）</translation>
    </message>
    <message>
        <source>Complaint analysis {period}</source>
        <translation>投诉分析 {period}</translation>
    </message>
    <message>
        <source>Export the complaint analysis</source>
        <translation>导出投诉分析</translation>
    </message>
    <message>
        <source>The complaint analysis {period} was saved to
{path}</source>
        <translation>投诉分析 {period} 已保存到
{path}</translation>
    </message>
</context>
<context>
    <name>ComplaintsSettings</name>
    <message>
        <source>Complaints</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Both: reported to the manager the same day, staff on site within 10 minutes when urgent, an ordinary case resolved within 2 days, the callback on the day it is done. New complaints follow the preset saved.</source>
        <translation>两者均为：当天报告经理；紧急投诉10分钟内到场；一般投诉2天内处理完毕；处理完成当天回访。新登记的投诉按保存的时限执行。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ComplaintsView</name>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>仅超时</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>The step each waits for is due today or late</source>
        <translation>所待办步骤今日到期或已超时</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅未结案</translation>
    </message>
    <message>
        <source>Analysis…</source>
        <translation>投诉分析…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Judge…</source>
        <translation>判定…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分派…</translation>
    </message>
    <message>
        <source>Notice signed…</source>
        <translation>通知单签收…</translation>
    </message>
    <message>
        <source>First contact…</source>
        <translation>首次联系…</translation>
    </message>
    <message>
        <source>Remedy…</source>
        <translation>补救措施…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>处理完成…</translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印通知单</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>登记表…</translation>
    </message>
    <message>
        <source>Due today or late: {count}</source>
        <translation>今日到期或超时：{count}</translation>
    </message>
    <message>
        <source>{number}: {customer}, {status}</source>
        <translation>{number}：{customer}，{status}</translation>
    </message>
    <message>
        <source>Complaint notice {number}</source>
        <translation>客户投诉处理通知单 {number}</translation>
    </message>
    <message>
        <source>Complaint register {period}</source>
        <translation>客户投诉登记表 {period}</translation>
    </message>
</context>
<context>
    <name>ConsultationForms</name>
    <message>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位/公司</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见/建议</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>约定答复时间</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进处理情况</translation>
    </message>
    <message>
        <source>Type the answer&apos;s time as 2026-03-12 10:00 or 03-12.</source>
        <translation>答复时间请输入如 2026-03-12 10:00 或 03-12。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>咨询方式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>咨询日期</translation>
    </message>
    <message>
        <source>Consulted by</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>新建意见咨询</translation>
    </message>
    <message>
        <source>One line per customer consulted; a blank opinion is 无意见. Enter on an empty line goes to Save.</source>
        <translation>每位咨询客户一行；意见留空即为无意见。在空行按回车转到保存。</translation>
    </message>
    <message>
        <source>{number} #{seq}: {person} ({phone}) — {opinion}</source>
        <translation>{number} 第{seq}行：{person}（{phone}）— {opinion}</translation>
    </message>
    <message>
        <source>no opinion</source>
        <translation>无意见</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>The customer is</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <source>Their words</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Last time: {words}</source>
        <translation>上次答复：{words}</translation>
    </message>
    <message>
        <source>Promised answer</source>
        <translation>约定答复</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>{number}: {count} customers consulted by {by}.</source>
        <translation>{number}：{by} 咨询客户 {count} 户。</translation>
    </message>
    <message>
        <source>Review the consultation</source>
        <translation>客服部长审核</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
</context>
<context>
    <name>ConsultationsView</name>
    <message>
        <source>All kinds</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Answer due only</source>
        <translation>只看待答复</translation>
    </message>
    <message>
        <source>Any answer</source>
        <translation>全部答复</translation>
    </message>
    <message>
        <source>Answer due today or late</source>
        <translation>今日待答复或超时</translation>
    </message>
    <message>
        <source>Answer late</source>
        <translation>答复超时</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>新建咨询</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <source>Print record</source>
        <translation>打印咨询记录</translation>
    </message>
    <message>
        <source>{number} ({kind}, {day}, by {by}): {status}</source>
        <translation>{number}（{kind}，{day}，咨询人 {by}）：{status}</translation>
    </message>
    <message>
        <source>Answer promised to {person} by {when}</source>
        <translation>已约定 {when} 前答复 {person}</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>{period} {kind} {state} ({first}–{last})</source>
        <translation>{period} {kind} {state}（{first}–{last}）</translation>
    </message>
    <message>
        <source>Not done in the last year: {count}</source>
        <translation>近一年未完成：{count}</translation>
    </message>
    <message>
        <source>Consultation record {number}</source>
        <translation>意见咨询记录 {number}</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <source>Counts — stocktake {number} ({month})</source>
        <translation>盘点录入 — 盘点单 {number}（{month}）</translation>
    </message>
    <message>
        <source>Type each count from the sheet and press Enter for the next line. A line that differs from the books is flagged: F3 jumps from flagged line to flagged line for its recount and reason. Ctrl+S saves.</source>
        <translation>按盘点表逐行输入实盘数量，回车进入下一行。与账面不符的行会被标记：按 F3 在标记行之间跳转，录入复盘数和原因。Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Read only: {status}.</source>
        <translation>只读：{status}。</translation>
    </message>
    <message>
        <source>Next flagged (F3)</source>
        <translation>下一标记行 (F3)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>only the storekeeper enters counts</source>
        <translation>只有仓管员可以录入盘点数</translation>
    </message>
    <message>
        <source>the stocktake is {status}</source>
        <translation>该盘点单{status}</translation>
    </message>
    <message>
        <source>No flagged line is waiting for its recount or reason.</source>
        <translation>没有等待复盘或填写原因的标记行。</translation>
    </message>
    <message>
        <source>Counted {counted} of {lines} · flagged {flagged} · posted gain {gain}, loss {loss}</source>
        <translation>已盘 {counted}/{lines} 行 · 标记 {flagged} 行 · 已入账盘盈 {gain}，盘亏 {loss}</translation>
    </message>
    <message>
        <source>Counted {counted} of {lines} · flagged {flagged} ({recount} still to recount) · without a reason {reasons} · estimated gain {gain}, loss {loss}</source>
        <translation>已盘 {counted}/{lines} 行 · 标记 {flagged} 行（{recount} 行待复盘）· 缺原因 {reasons} 行 · 预计盘盈 {gain}，盘亏 {loss}</translation>
    </message>
    <message>
        <source>Line {no} ({code}): {problem}</source>
        <translation>第 {no} 行（{code}）：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>……另有 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved counts</source>
        <translation>盘点数未保存</translation>
    </message>
    <message>
        <source>Save the counts typed before closing?</source>
        <translation>关闭前保存已录入的盘点数吗？</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Books expect</source>
        <translation>账面应有</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>需填原因</translation>
    </message>
    <message>
        <source>Recounted</source>
        <translation>已复盘</translation>
    </message>
    <message>
        <source>The count differs from the books: count the shelf again and type the recount (F3 jumps here).</source>
        <translation>实盘数与账面不符：请重新清点货架并录入复盘数（按 F3 跳到此处）。</translation>
    </message>
    <message>
        <source>The line still differs from the books: say why.</source>
        <translation>此行仍与账面不符：请说明原因。</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>盘点数不能为负数。</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>{text} has too many decimal places (at most {n}).</source>
        <translation>{text} 的小数位数过多（最多 {n} 位）。</translation>
    </message>
    <message>
        <source>{text} is too large.</source>
        <translation>{text} 太大。</translation>
    </message>
</context>
<context>
    <name>DefectsView</name>
    <message>
        <source>New defect</source>
        <translation>新建整改</translation>
    </message>
    <message>
        <source>Record a fault found: minor (1 hour) or a work ticket (Ctrl+N)</source>
        <translation>登记发现的问题：轻微（1小时内）或报事单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Read the defect and what was done (Enter)</source>
        <translation>查看整改项及处理情况（回车）</translation>
    </message>
    <message>
        <source>Fixed…</source>
        <translation>整改完成…</translation>
    </message>
    <message>
        <source>The minor fault was seen put right</source>
        <translation>轻微不合格项经检查已处理</translation>
    </message>
    <message>
        <source>Vendor&apos;s reply…</source>
        <translation>外判单位回复…</translation>
    </message>
    <message>
        <source>Type the vendor&apos;s reply to the work ticket</source>
        <translation>录入外判单位对报事单的回复</translation>
    </message>
    <message>
        <source>Re-inspect…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <source>Re-inspection: passed, or failed again with a new deadline</source>
        <translation>复查：合格，或不合格并规定新的整改期限</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>打印报事单</translation>
    </message>
    <message>
        <source>Print the work ticket (报事单)</source>
        <translation>打印报事单</translation>
    </message>
    <message>
        <source>Late list…</source>
        <translation>逾期清单…</translation>
    </message>
    <message>
        <source>Print the late defects of a period for the client representative</source>
        <translation>打印某期间的未按期整改清单，报客户代表 / 业委会</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>全部外判单位</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>To do today</source>
        <translation>今日待整改</translation>
    </message>
    <message>
        <source>Not fixed, and due today or already late</source>
        <translation>未整改，且今日到期或已逾期</translation>
    </message>
    <message>
        <source>Defects due today: {count}</source>
        <translation>今日到期整改：{count}</translation>
    </message>
    <message>
        <source>Late: {count}</source>
        <translation>逾期：{count}</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}：{status}</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外判单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Ticket&apos;s deadline</source>
        <translation>报事单整改期限</translation>
    </message>
    <message>
        <source>A work ticket only: a minor fault is due an hour after it was found</source>
        <translation>仅报事单填写：轻微不合格项的期限为发现后1小时</translation>
    </message>
    <message>
        <source>A minor fault is to be put right within an hour of notice; a larger one gets a work ticket with its deadline.</source>
        <translation>轻微不合格项须在接到通知后1小时内处理；工作量较大的项目填写报事单，并规定完成期限。</translation>
    </message>
    <message>
        <source>{kind} of {vendor}, found {found} at {place}: {text}</source>
        <translation>{vendor} 的{kind}，{found} 发现于 {place}：{text}</translation>
    </message>
    <message>
        <source>Due {due}.</source>
        <translation>整改期限 {due}。</translation>
    </message>
    <message>
        <source>From sheet {number}.</source>
        <translation>来自考评表 {number}。</translation>
    </message>
    <message>
        <source>The vendor replied {at}: {reply}</source>
        <translation>外判单位于 {at} 回复：{reply}</translation>
    </message>
    <message>
        <source>Failed re-inspection {at} ({by}); to be redone by {redo}.</source>
        <translation>{at} 复查不合格（{by}），须于 {redo} 前重新整改。</translation>
    </message>
    <message>
        <source>Fixed {at}; checked by {by}.</source>
        <translation>{at} 已整改，检查人 {by}。</translation>
    </message>
    <message>
        <source>Late: deducted per the contract.</source>
        <translation>逾期：按合同扣罚。</translation>
    </message>
    <message>
        <source>Defect {number} — {status}</source>
        <translation>整改 {number} — {status}</translation>
    </message>
    <message>
        <source>Fixed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>{text} at {place}, due {due}.</source>
        <translation>{place}：{text}，期限 {due}。</translation>
    </message>
    <message>
        <source>Defect {number} fixed</source>
        <translation>整改 {number} 已完成</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>The vendor&apos;s reply</source>
        <translation>外判单位回复</translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Work ticket {number}: {text}, due {due}.</source>
        <translation>报事单 {number}：{text}，期限 {due}。</translation>
    </message>
    <message>
        <source>The vendor&apos;s reply to {number}</source>
        <translation>外判单位对 {number} 的回复</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>复查结果</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>复查合格</translation>
    </message>
    <message>
        <source>Failed again</source>
        <translation>复查不合格</translation>
    </message>
    <message>
        <source>Re-inspected by</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>Re-inspected at</source>
        <translation>复查时间</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>重新整改期限</translation>
    </message>
    <message>
        <source>When it failed again</source>
        <translation>复查不合格时填写</translation>
    </message>
    <message>
        <source>Re-inspect {number}</source>
        <translation>复查 {number}</translation>
    </message>
    <message>
        <source>Work ticket {number}</source>
        <translation>报事单 {number}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>YYYY-MM or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>YYYY-MM 或 YYYY-MM-DD..YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Late defects for the client representative</source>
        <translation>未按期整改清单（报客户代表）</translation>
    </message>
    <message>
        <source>Late defects {period}</source>
        <translation>未按期整改清单 {period}</translation>
    </message>
</context>
<context>
    <name>DocForm</name>
    <message>
        <source>No item in use matches “{text}”.</source>
        <translation>没有与“{text}”相符的在用物品。</translation>
    </message>
    <message>
        <source>“{text}” matches several items; pick one from the list.</source>
        <translation>“{text}”与多个物品相符，请从列表中选择一个。</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost at today&apos;s average</source>
        <translation>按当前平均成本估算</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Estimated total</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>{lines}    {caption}: {amount} yuan    In words: {words}</source>
        <translation>{lines}    {caption}：{amount} 元    大写：{words}</translation>
    </message>
    <message>
        <source> — less than the {asked} {unit} asked for</source>
        <translation> — 不足所领的 {asked} {unit}</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}：{status}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel {title}</source>
        <translation>作废{title}</translation>
    </message>
    <message>
        <source>Cancel the document</source>
        <translation>作废此单</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>{path} is read-only; FrontDesk needs to write to it. It was not changed.</source>
        <translation>{path} 是只读文件，物业客服台需要写入它。文件未作任何改动。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>无法读取 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} is in use by another program and stays locked; try again later.</source>
        <translation>{path} 正被另一个程序占用（已锁定），请稍后再试。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({error}). It was not changed; restore a backup.</source>
        <translation>{path} 已损坏，无法读取（{error}）。文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>{path} is incomplete: it ends after {size} bytes where its header expects {expected}. It was not changed; restore a backup.</source>
        <translation>{path} 不完整：文件只有 {size} 字节，按文件头应有 {expected} 字节。文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>数据库文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a FrontDesk database file.</source>
        <translation>{path} 是一个文件夹，不是物业客服台的数据库文件。</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), not a FrontDesk database; it was not changed.</source>
        <translation>{path} 是空文件（0 字节），不是物业客服台的数据库，文件未作任何改动。</translation>
    </message>
    <message>
        <source>{path} cannot be created: {error}</source>
        <translation>无法创建 {path}：{error}</translation>
    </message>
    <message>
        <source>{path} was written by an older version of FrontDesk (schema {found}; this program writes {known}). Open it once in FrontDesk to bring it up to date (a copy is kept first), then try again.</source>
        <translation>{path} 由较旧版本的物业客服台生成（数据版本 {found}，本程序为 {known}）。请先用物业客服台打开一次以升级（升级前会先保留一份副本），然后再试。</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何数据。</translation>
    </message>
    <message>
        <source>No backup was made.</source>
        <translation>未生成备份。</translation>
    </message>
    <message>
        <source>{path} is not a folder; backups go into a folder.</source>
        <translation>{path} 不是文件夹；备份须存放在文件夹中。</translation>
    </message>
    <message>
        <source>The copy of {path} failed its check, so no backup was kept: the database may be damaged. Run check on it.</source>
        <translation>{path} 的副本未通过校验，因此未保留备份：数据库可能已损坏，请对它运行检查（check）。</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>备份文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} failed SQLite&apos;s integrity check: {error}</source>
        <translation>{path} 未通过 SQLite 完整性检查：{error}</translation>
    </message>
    <message>
        <source>The backup {path} is the database itself.</source>
        <translation>备份 {path} 就是数据库本身。</translation>
    </message>
    <message>
        <source>{path} is not a FrontDesk database; it was not changed.</source>
        <translation>{path} 不是物业客服台的数据库，文件未作任何改动。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of FrontDesk (schema {found}; this program knows up to {known}). Install the newer version to open it.</source>
        <translation>此数据库由更高版本的物业客服台生成（数据版本 {found}，本程序最高支持 {known}）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>{path} already exists; the demo office is only built in a new file.</source>
        <translation>{path} 已存在；演示服务中心只能建在新文件中。</translation>
    </message>
    <message>
        <source>Your role does not allow this: {action}.</source>
        <translation>您的角色无权执行此操作：{action}。</translation>
    </message>
    <message>
        <source>Another desk is saving right now; nothing was written. Try again in a moment.</source>
        <translation>另一个工位正在保存，本次没有写入任何内容。请稍后再试。</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The password may have at most {n} characters.</source>
        <translation>密码最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>The password contains a character that cannot be typed; choose another.</source>
        <translation>密码中含有无法输入的字符，请换一个密码。</translation>
    </message>
    <message>
        <source>Wrong login name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>The login name may have at most {n} characters.</source>
        <translation>登录名最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>The login name may not contain spaces or control or invisible characters.</source>
        <translation>登录名不能包含空格、控制字符或不可见字符。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator to enable it.</source>
        <translation>此账号已停用，请联系管理员启用。</translation>
    </message>
    <message>
        <source>This account is locked after {n} failed logins. Try again after {until}.</source>
        <translation>连续 {n} 次登录失败，此账号已被锁定，请于 {until} 之后再试。</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>未知的角色：{role}。</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>每个用户至少要有一个角色。</translation>
    </message>
    <message>
        <source>The login name is required.</source>
        <translation>请填写登录名。</translation>
    </message>
    <message>
        <source>Your account has been disabled; ask the administrator.</source>
        <translation>您的账号已被停用，请联系管理员。</translation>
    </message>
    <message>
        <source>{name} still has the temporary password the administrator gave: they log in once at a desk and choose their own first.</source>
        <translation>{name}仍在使用管理员设置的临时密码：请先在任一工作台登录一次，设置本人的密码。</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>That department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <source>The login name {login} is already taken.</source>
        <translation>登录名 {login} 已被使用。</translation>
    </message>
    <message>
        <source>This office has already been set up.</source>
        <translation>本服务中心已完成初始设置。</translation>
    </message>
    <message>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>The office must keep at least one active administrator.</source>
        <translation>服务中心至少要保留一名启用状态的管理员。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与原密码相同。</translation>
    </message>
    <message>
        <source>That repair order no longer exists.</source>
        <translation>该报修单已不存在。</translation>
    </message>
    <message>
        <source>There is no repair order {number}.</source>
        <translation>找不到单号为 {number} 的报修单。</translation>
    </message>
    <message>
        <source>Unknown urgency: {urgency}.</source>
        <translation>未知的紧急程度：{urgency}。</translation>
    </message>
    <message>
        <source>A deadline must be between 1 minute and {days} days.</source>
        <translation>时限须在 1 分钟至 {days} 天之间。</translation>
    </message>
    <message>
        <source>The dispatch deadline cannot be longer than the acceptance one.</source>
        <translation>派工时限不能长于接单时限。</translation>
    </message>
    <message>
        <source>The completion deadline cannot be shorter than the acceptance one.</source>
        <translation>完工时限不能短于接单时限。</translation>
    </message>
    <message>
        <source>The time {time} is in the future.</source>
        <translation>时间 {time} 在将来。</translation>
    </message>
    <message>
        <source>The time {time} cannot be before the call ({earlier}).</source>
        <translation>时间 {time} 不能早于来电时间（{earlier}）。</translation>
    </message>
    <message>
        <source>Choose the kind of the call.</source>
        <translation>请选择来电类型。</translation>
    </message>
    <message>
        <source>Write down what the caller said.</source>
        <translation>请填写来电内容。</translation>
    </message>
    <message>
        <source>Note who called: a phone number, a room or a name.</source>
        <translation>请记下来电人：电话、房号或姓名。</translation>
    </message>
    <message>
        <source>The promised answer time {time} is before the call.</source>
        <translation>承诺答复时间 {time} 早于来电时间。</translation>
    </message>
    <message>
        <source>A repair needs the room or place.</source>
        <translation>报修需填写房号或位置。</translation>
    </message>
    <message>
        <source>Write down the answer given.</source>
        <translation>请填写答复内容。</translation>
    </message>
    <message>
        <source>The time {time} cannot be before the previous step ({step} at {earlier}).</source>
        <translation>时间 {time} 不能早于上一步（{earlier} {step}）。</translation>
    </message>
    <message>
        <source>This field may have at most {n} characters.</source>
        <translation>此项最多可填 {n} 个字符。</translation>
    </message>
    <message>
        <source>The time {time} cannot be before the previous step ({earlier}).</source>
        <translation>时间 {time} 不能早于上一步（{earlier}）。</translation>
    </message>
    <message>
        <source>Unknown source: {source}.</source>
        <translation>未知的报修来源：{source}。</translation>
    </message>
    <message>
        <source>Write down what the suggestion or opinion says.</source>
        <translation>请填写建议/意见内容。</translation>
    </message>
    <message>
        <source>Name the department responsible.</source>
        <translation>请填写责任部门。</translation>
    </message>
    <message>
        <source>Type the name of the person who signed for the department.</source>
        <translation>请填写部门签收人姓名。</translation>
    </message>
    <message>
        <source>The department cannot sign on {date}, before it was sent ({sent}).</source>
        <translation>部门签收日期 {date} 不能早于送达日期（{sent}）。</translation>
    </message>
    <message>
        <source>Write down the result.</source>
        <translation>请填写处理结果。</translation>
    </message>
    <message>
        <source>The room or location is required.</source>
        <translation>请填写房号或位置。</translation>
    </message>
    <message>
        <source>The content of the repair is required.</source>
        <translation>请填写报修内容。</translation>
    </message>
    <message>
        <source>An urgent repair needs its cause: what stops the office&apos;s work (for example a water or power cut).</source>
        <translation>紧急报修须填写紧急原因，即影响正常办公的情况（例如停水、停电）。</translation>
    </message>
    <message>
        <source>There is no repair category “{name}”; pick one from the list.</source>
        <translation>没有报修类别“{name}”，请从列表中选择。</translation>
    </message>
    <message>
        <source>Choose the category of the repair.</source>
        <translation>请选择报修类别。</translation>
    </message>
    <message>
        <source>The category {name} is no longer in use.</source>
        <translation>类别“{name}”已停用。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; its registration can only be changed before engineering accepts it.</source>
        <translation>报修单 {number} 当前为“{status}”；登记内容只能在工程部接单前修改。</translation>
    </message>
    <message>
        <source>The report time of order {number} must stay on {day}, the day of its number; cancel the order and register it again instead.</source>
        <translation>报修单 {number} 的报修时间须在其单号所属日期 {day} 当天；如需改为其他日期，请取消此单后重新登记。</translation>
    </message>
    <message>
        <source>The report time {time} cannot be after the dispatch ({dispatched}).</source>
        <translation>报修时间 {time} 不能晚于派工时间（{dispatched}）。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a registered order can be dispatched.</source>
        <translation>报修单 {number} 当前为“{status}”；只有待派工的报修单才能派工。</translation>
    </message>
    <message>
        <source>Name the engineer the order is dispatched to.</source>
        <translation>请填写接单的维修人员。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; it has no paper copy out with engineering.</source>
        <translation>报修单 {number} 当前为“{status}”；没有在工程部的纸质单。</translation>
    </message>
    <message>
        <source>The paper copy of order {number} has already been returned.</source>
        <translation>报修单 {number} 的纸质单已经交回。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only a dispatched order can be accepted.</source>
        <translation>报修单 {number} 当前为“{status}”；只有已派工的报修单才能接单。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only an order in progress can be completed.</source>
        <translation>报修单 {number} 当前为“{status}”；只有处理中的报修单才能完工。</translation>
    </message>
    <message>
        <source>Say what work was done.</source>
        <translation>请填写维修情况。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only completed work can be checked.</source>
        <translation>报修单 {number} 当前为“{status}”；只有已完工的报修单才能验收。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only completed work can be sent back.</source>
        <translation>报修单 {number} 当前为“{status}”；只有已完工的报修单才能退回。</translation>
    </message>
    <message>
        <source>Say why the work is sent back.</source>
        <translation>请填写退回原因。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; the customer is called back only after the work has been checked.</source>
        <translation>报修单 {number} 当前为“{status}”；须验收后才能回访客户。</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s verdict.</source>
        <translation>请选择客户评价。</translation>
    </message>
    <message>
        <source>Write down what the customer is unsatisfied with.</source>
        <translation>请记录客户不满意的地方。</translation>
    </message>
    <message>
        <source>Order {number} is {status}; only an order not yet completed can be cancelled.</source>
        <translation>报修单 {number} 当前为“{status}”；只有尚未完工的报修单才能取消。</translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, for example 2026-03.</source>
        <translation>月份请按 YYYY-MM 格式填写，例如 2026-03。</translation>
    </message>
    <message>
        <source>The setting needs a name.</source>
        <translation>设置项需要名称。</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>请填写服务中心名称。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>{name} already exists in this list.</source>
        <translation>列表中已有“{name}”。</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <source>Sign {number} is {status}; only a sign on the wall can be replaced.</source>
        <translation>标识 {number} {status}，只有在墙上的标识才能申请更换。</translation>
    </message>
    <message>
        <source>That sign no longer exists.</source>
        <translation>该标识已不存在。</translation>
    </message>
    <message>
        <source>There is no sign {number}.</source>
        <translation>没有编号为 {number} 的标识。</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>There is no sign kind {name}.</source>
        <translation>没有“{name}”这个标识类别。</translation>
    </message>
    <message>
        <source>Choose the kind of sign.</source>
        <translation>请选择标识类别。</translation>
    </message>
    <message>
        <source>The sign kind {name} is no longer in use.</source>
        <translation>标识类别“{name}”已停用。</translation>
    </message>
    <message>
        <source>There is no department {name}.</source>
        <translation>没有“{name}”这个部门。</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>The department {name} is no longer in use.</source>
        <translation>部门“{name}”已停用。</translation>
    </message>
    <message>
        <source>“{text}” is not a sign state (在用, 待整改 or 已撤除).</source>
        <translation>“{text}”不是标识状态（在用、待整改或已撤除）。</translation>
    </message>
    <message>
        <source>Say what the sign reads.</source>
        <translation>请填写标识内容。</translation>
    </message>
    <message>
        <source>Sign {number} has been removed; a new sign comes through a request.</source>
        <translation>标识 {number} 已撤除；新设标识须通过标识申请。</translation>
    </message>
    <message>
        <source>“{text}” is not a date (write it as 2024-05-01).</source>
        <translation>“{text}”不是日期（请写成 2024-05-01）。</translation>
    </message>
    <message>
        <source>A number beginning {prefix}- is written {prefix}-00001; leave it blank to have one given.</source>
        <translation>以 {prefix}- 开头的编号须写成 {prefix}-00001；留空则自动编号。</translation>
    </message>
    <message>
        <source>The file holds no signs.</source>
        <translation>文件中没有标识。</translation>
    </message>
    <message>
        <source>The number {number} is also on row {row}.</source>
        <translation>编号 {number} 在第 {row} 行也出现了。</translation>
    </message>
    <message>
        <source>Sign {number} is already in the registry.</source>
        <translation>标识 {number} 已在一览表中。</translation>
    </message>
    <message>
        <source>{text} has too many decimal places (at most {n}).</source>
        <translation>{text} 的小数位太多（最多 {n} 位）。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>This field contains a character that cannot be kept (a control, invisible or broken character); type it again.</source>
        <translation>此栏含有无法保存的字符（控制字符、不可见字符或损坏的字符），请重新输入。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>{text} is too large.</source>
        <translation>{text} 太大了。</translation>
    </message>
    <message>
        <source>This must be a whole number from {minimum} to {maximum}.</source>
        <translation>此处须为 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <source>{date} is outside the years {first} to {last}; check the year.</source>
        <translation>{date} 不在 {first} 年至 {last} 年之间，请检查年份。</translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>Give the time as the office&apos;s local time, without a time zone.</source>
        <translation>请按本服务中心的当地时间填写，不带时区。</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>该物品已不存在。</translation>
    </message>
    <message>
        <source>That receipt no longer exists.</source>
        <translation>该入库单已不存在。</translation>
    </message>
    <message>
        <source>That issue slip no longer exists.</source>
        <translation>该出库单已不存在。</translation>
    </message>
    <message>
        <source>That stocktake no longer exists.</source>
        <translation>该盘点单已不存在。</translation>
    </message>
    <message>
        <source>That purchase request no longer exists.</source>
        <translation>该申购单已不存在。</translation>
    </message>
    <message>
        <source>There is no document {number}.</source>
        <translation>没有单号为 {number} 的单据。</translation>
    </message>
    <message>
        <source>Line {line}: choose an item.</source>
        <translation>第 {line} 行：请选择物品。</translation>
    </message>
    <message>
        <source>Line {line}: {item} is no longer in use.</source>
        <translation>第 {line} 行：{item} 已停用。</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>Line {line}: {item} is already on line {other}; put it on one line.</source>
        <translation>第 {line} 行：{item} 已在第 {other} 行，请合并为一行。</translation>
    </message>
    <message>
        <source>Add at least one line (an item and its quantity).</source>
        <translation>请至少填写一行（物品及数量）。</translation>
    </message>
    <message>
        <source>A document may have at most {n} lines.</source>
        <translation>一张单据最多 {n} 行。</translation>
    </message>
    <message>
        <source>Choose the receiving department.</source>
        <translation>请选择领料部门。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be changed.</source>
        <translation>{number} 为{status}状态，只有草稿可以修改。</translation>
    </message>
    <message>
        <source>Say why the document is cancelled.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>No item is under its safety stock.</source>
        <translation>没有低于安全库存的物品。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be approved.</source>
        <translation>{number} 为{status}状态，只有草稿可以批准。</translation>
    </message>
    <message>
        <source>Stocktake {number} is {status}; it has no stocktake record.</source>
        <translation>盘点单 {number} {status}，没有物料盘点记录表。</translation>
    </message>
    <message>
        <source>{number} is already cancelled.</source>
        <translation>{number} 已经作废。</translation>
    </message>
    <message>
        <source>{number} is named on a receipt; cancel the receipt first.</source>
        <translation>{number} 已被入库单引用，请先作废该入库单。</translation>
    </message>
    <message>
        <source>An own purchase needs the number of its approved purchase request.</source>
        <translation>自行采购须填写已批准的申购单号。</translation>
    </message>
    <message>
        <source>There is no purchase request {number}.</source>
        <translation>没有申购单 {number}。</translation>
    </message>
    <message>
        <source>Purchase request {number} is {status}, not approved.</source>
        <translation>申购单 {number} 为{status}状态，尚未批准。</translation>
    </message>
    <message>
        <source>Choose where the goods come from.</source>
        <translation>请选择物品来源。</translation>
    </message>
    <message>
        <source>The supplier is required.</source>
        <translation>请填写供应商。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be confirmed.</source>
        <translation>{number} 为{status}状态，只有草稿可以确认。</translation>
    </message>
    <message>
        <source>Repair order {number} is cancelled; nothing is issued for it.</source>
        <translation>报修单 {number} 已取消，不能为其领料。</translation>
    </message>
    <message>
        <source>Name the person who takes the goods.</source>
        <translation>请填写领料人。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be signed.</source>
        <translation>{number} 为{status}状态，只有草稿可以签字。</translation>
    </message>
    <message>
        <source>There is no item category {name}.</source>
        <translation>没有物品类别“{name}”。</translation>
    </message>
    <message>
        <source>Choose the item&apos;s category.</source>
        <translation>请选择物品类别。</translation>
    </message>
    <message>
        <source>The item code is required.</source>
        <translation>请填写物品编码。</translation>
    </message>
    <message>
        <source>The item name is required.</source>
        <translation>请填写物品名称。</translation>
    </message>
    <message>
        <source>The unit is required.</source>
        <translation>请填写单位。</translation>
    </message>
    <message>
        <source>The item code {code} is already in use.</source>
        <translation>物品编码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>The unit of {item} cannot change: stock has already moved in {unit}.</source>
        <translation>{item} 的单位不能修改：已按“{unit}”发生过出入库。</translation>
    </message>
    <message>
        <source>{item} still has {qty} {unit} in stock; it can leave use only when its shelf is empty.</source>
        <translation>{item} 还有库存 {qty} {unit}，库存为零后才能停用。</translation>
    </message>
    <message>
        <source>{n} row(s) cannot be imported; nothing was imported.</source>
        <translation>有 {n} 行不能导入，全部未导入。</translation>
    </message>
    <message>
        <source>The file holds no items.</source>
        <translation>文件中没有物品。</translation>
    </message>
    <message>
        <source>The code {code} is also on row {row}.</source>
        <translation>编码 {code} 与第 {row} 行重复。</translation>
    </message>
    <message>
        <source>{month} is closed (the stocktake was approved); nothing dated in it can be added or cancelled. Make a correcting document in an open month instead.</source>
        <translation>{month} 已结账（盘点已审批），不能再新增或作废该月的单据。请在未结账的月份另开更正单据。</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>The books are closed up to {moment} by the approved stocktake {stocktake}: nothing can be dated at or before it; a document must be dated after it.</source>
        <translation>已审批的盘点单 {stocktake} 已将账目结至 {moment}：此时刻及以前不能再记任何单据，单据日期须在此之后。</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>Not enough {item} in stock: {on_hand} {unit} on hand, {asked} {unit} asked for.</source>
        <translation>{item} 库存不足：现有 {on_hand} {unit}，申领 {asked} {unit}。</translation>
    </message>
    <message>
        <source>Not enough {item} in stock on {date}: {on_hand} {unit} on hand then, {asked} {unit} asked for.</source>
        <translation>{item} 在 {date} 库存不足：当时有 {on_hand} {unit}，申领 {asked} {unit}。</translation>
    </message>
    <message>
        <source>Taking {asked} {unit} of {item} on {date} would leave too little for what was issued later (on {later}).</source>
        <translation>在 {date} 领用 {item} {asked} {unit}，会使之后（{later}）已出库的数量不够。</translation>
    </message>
    <message>
        <source>Stocktake {number} is {status}; its counts can no longer change.</source>
        <translation>盘点单 {number} 为{status}状态，实盘数不能再修改。</translation>
    </message>
    <message>
        <source>{month} has not begun; count it when it has.</source>
        <translation>{month} 还没到，到了再盘点。</translation>
    </message>
    <message>
        <source>The quarterly count covers every item; leave the category and the location empty.</source>
        <translation>季度全盘包括全部物品，类别和货位请留空。</translation>
    </message>
    <message>
        <source>Stocktake {number} is still open; approve or cancel it first.</source>
        <translation>盘点单 {number} 尚未结束，请先审批或作废。</translation>
    </message>
    <message>
        <source>No item is in the chosen category or location.</source>
        <translation>所选类别或货位中没有物品。</translation>
    </message>
    <message>
        <source>A counted line is not on stocktake {number}; open it again.</source>
        <translation>录入的盘点行不在盘点单 {number} 上，请重新打开该盘点单。</translation>
    </message>
    <message>
        <source>Line {line}: count it before the recount.</source>
        <translation>第 {line} 行：请先填实盘数，再填复盘数。</translation>
    </message>
    <message>
        <source>The count must be timed between the start of the stocktake ({start}) and now.</source>
        <translation>盘点时间须在盘点开始（{start}）与现在之间。</translation>
    </message>
    <message>
        <source>Stocktake {number} is not approved yet: until then only the manager may print its stocktake record, which shows the book quantities (the count is blind).</source>
        <translation>盘点单 {number} 尚未审批：审批前只有经理可以打印物料盘点记录表（表上有账面数量，盘点为盲盘）。</translation>
    </message>
    <message>
        <source>Stocktake {number} is {status}; only an open stocktake can be approved.</source>
        <translation>盘点单 {number} 为{status}状态，只有盘点中的单据可以审批。</translation>
    </message>
    <message>
        <source>{n} line(s) have no count yet, the first {item}.</source>
        <translation>有 {n} 行尚未填写实盘数，第一行是 {item}。</translation>
    </message>
    <message>
        <source>{n} line(s) differ from the books and need a recount, the first {item}.</source>
        <translation>有 {n} 行账实不符需要复盘，第一行是 {item}。</translation>
    </message>
    <message>
        <source>{n} line(s) differ from the books without a reason, the first {item}.</source>
        <translation>有 {n} 行账实不符但未填写原因，第一行是 {item}。</translation>
    </message>
    <message>
        <source>Stocktake {number} is {status}; only an open stocktake can be cancelled.</source>
        <translation>盘点单 {number} 为{status}状态，只有盘点中的单据可以作废。</translation>
    </message>
    <message>
        <source>Give the day as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>请按 YYYY-MM-DD 格式填写日期，例如 2026-03-01。</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx): {problem}</source>
        <translation>无法作为 Excel 工作簿（.xlsx）读取该文件：{problem}</translation>
    </message>
    <message>
        <source>The first sheet has no column headed {headers}; start from the import template.</source>
        <translation>第一个工作表缺少列：{headers}；请使用导入模板填写。</translation>
    </message>
    <message>
        <source>The first day {first} is after the last day {last}.</source>
        <translation>起始日期 {first} 晚于结束日期 {last}。</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} 是一个文件夹；请指定要写入的文件。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation>文件夹 {folder} 不存在，未写入任何文件。</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file to write.</source>
        <translation>{path} 就是数据库本身；请另选一个要写入的文件。</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({share}). SQLite is not safe there for several desks: its locks do not work reliably over a network, and two desks saving at once can damage the file. Keep the database on the local disk of one desk and work there; several desks sharing one database need the coming PostgreSQL version of FrontDesk.</source>
        <translation>数据库 {path} 位于网络共享上（{share}）。SQLite 在这里不能安全地供多个工位使用：它的文件锁在网络上并不可靠，两个工位同时保存可能损坏文件。请把数据库放在一个工位的本地磁盘上，并在该工位上工作；多个工位共用一个数据库，需要等待即将推出的 FrontDesk PostgreSQL 版本。</translation>
    </message>
    <message>
        <source>That call no longer exists.</source>
        <translation>该来电记录已不存在。</translation>
    </message>
    <message>
        <source>Call {number} is {status}; only a call waiting for its answer can be answered.</source>
        <translation>来电 {number} 为{status}；只有待答复的来电才能答复。</translation>
    </message>
    <message>
        <source>Call {number} already has its repair order.</source>
        <translation>来电 {number} 已有报修单。</translation>
    </message>
    <message>
        <source>Call {number} is {status}; only a call still waiting for its answer can become a repair order.</source>
        <translation>来电 {number} 为{status}；只有待答复的来电才能转为报修单。</translation>
    </message>
    <message>
        <source>Call {number} is {status}; only a call marked as a complaint to register can have its complaint registered.</source>
        <translation>来电 {number} 的状态为{status}；只有标记为“投诉待登记”的来电才能登记投诉。</translation>
    </message>
    <message>
        <source>That found item no longer exists.</source>
        <translation>该失物记录已不存在。</translation>
    </message>
    <message>
        <source>That loss report no longer exists.</source>
        <translation>该报失记录已不存在。</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>该认领记录已不存在。</translation>
    </message>
    <message>
        <source>There is no found item {number}.</source>
        <translation>没有失物 {number}。</translation>
    </message>
    <message>
        <source>There is no claim {number}.</source>
        <translation>没有认领单 {number}。</translation>
    </message>
    <message>
        <source>Where was it found (or lost)?</source>
        <translation>在哪里拾到（或遗失）的？</translation>
    </message>
    <message>
        <source>The item&apos;s name is required.</source>
        <translation>必须填写物品名称。</translation>
    </message>
    <message>
        <source>Who found it? The finder&apos;s name is required.</source>
        <translation>是谁拾到的？必须填写拾遗人姓名。</translation>
    </message>
    <message>
        <source>The owner&apos;s name is required.</source>
        <translation>必须填写失主姓名。</translation>
    </message>
    <message>
        <source>A phone number to reach the owner is required.</source>
        <translation>必须填写能联系到失主的电话。</translation>
    </message>
    <message>
        <source>Where is the item kept? The storage place is required when the office signs for it.</source>
        <translation>物品存放在哪里？客服部签收时必须填写存放位置。</translation>
    </message>
    <message>
        <source>The date found, {date}, is in the future.</source>
        <translation>拾获日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <source>It cannot be signed for before the day it was found ({date}).</source>
        <translation>签收时间不能早于拾获日期（{date}）。</translation>
    </message>
    <message>
        <source>When was it lost? Give the date and time (roughly).</source>
        <translation>什么时候遗失的？请填写（大致的）日期和时间。</translation>
    </message>
    <message>
        <source>Found item {number} has been disposed of; it cannot be the owner&apos;s any more.</source>
        <translation>失物 {number} 已处置，不能再交还失主。</translation>
    </message>
    <message>
        <source>Write what the owner was told.</source>
        <translation>请填写回复失主的内容。</translation>
    </message>
    <message>
        <source>The owner&apos;s ID number is required: the item is handed out only against an ID.</source>
        <translation>必须填写失主的证件号码：失物须凭有效身份证明认领。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters: 17 digits and a digit or X.</source>
        <translation>身份证号码为18位：17位数字加1位数字或X。</translation>
    </message>
    <message>
        <source>An ID number has 4 to 30 letters and digits.</source>
        <translation>证件号码应为4至30位字母或数字。</translation>
    </message>
    <message>
        <source>Unknown kind of ID: {kind}.</source>
        <translation>未知的证件类型：{kind}。</translation>
    </message>
    <message>
        <source>It cannot be claimed before the day it was found ({date}).</source>
        <translation>认领时间不能早于拾获日期（{date}）。</translation>
    </message>
    <message>
        <source>Loss report {number} was answered as not found; it cannot be tied to this claim.</source>
        <translation>报失 {number} 已回复为未找回，不能关联到本次认领。</translation>
    </message>
    <message>
        <source>Loss report {number} was found as another item.</source>
        <translation>报失 {number} 已对应另一件失物。</translation>
    </message>
    <message>
        <source>Give the reason (and how it was disposed of).</source>
        <translation>请填写处置原因（及处置方式）。</translation>
    </message>
    <message>
        <source>Found item {number} is kept {months} months for its owner; it may be disposed of from {date}.</source>
        <translation>失物 {number} 须为失主保管 {months} 个月，{date} 起方可处置。</translation>
    </message>
    <message>
        <source>Found item {number} is {status}; only an item not yet signed for can be signed for.</source>
        <translation>失物 {number} 为{status}；只有待签收的失物才能签收。</translation>
    </message>
    <message>
        <source>Found item {number} is {status}; only an unclaimed item the office has signed for can be handed to its owner.</source>
        <translation>失物 {number} 为{status}；只有客服部已签收且待认领的失物才能交还失主。</translation>
    </message>
    <message>
        <source>Found item {number} is {status}; only an unclaimed item can be disposed of.</source>
        <translation>失物 {number} 为{status}；只有待认领的失物才能处置。</translation>
    </message>
    <message>
        <source>Loss report {number} is {status}; it has already been answered.</source>
        <translation>报失 {number} 为{status}，已经回复过了。</translation>
    </message>
    <message>
        <source>That suggestion no longer exists.</source>
        <translation>该建议/意见已不存在。</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, such as 2026-05.</source>
        <translation>请按 YYYY-MM 输入月份，如 2026-05。</translation>
    </message>
    <message>
        <source>Suggestion {number} is {status}; only a suggestion waiting for confirmation can be confirmed.</source>
        <translation>建议 {number} 为{status}；只有待确认的建议才能确认。</translation>
    </message>
    <message>
        <source>Suggestion {number} is {status}; it is sent to the department once the duty officer has confirmed it.</source>
        <translation>建议 {number} 为{status}；须经当值确认后才能送交部门。</translation>
    </message>
    <message>
        <source>Suggestion {number} is {status}; only a suggestion sent to its department can be acknowledged.</source>
        <translation>建议 {number} 为{status}；只有已送部门的建议才能登记签收。</translation>
    </message>
    <message>
        <source>Suggestion {number} has no signature of its department yet.</source>
        <translation>建议 {number} 尚无责任部门签收。</translation>
    </message>
    <message>
        <source>Suggestion {number} is {status}; the result is recorded after the department has signed for it.</source>
        <translation>建议 {number} 为{status}；须在部门签收后登记处理结果。</translation>
    </message>
    <message>
        <source>That visit no longer exists.</source>
        <translation>该来访记录已不存在。</translation>
    </message>
    <message>
        <source>There is no visit {number}.</source>
        <translation>没有来访单 {number}。</translation>
    </message>
    <message>
        <source>The time {time} cannot be before {earlier}.</source>
        <translation>时间 {time} 不能早于 {earlier}。</translation>
    </message>
    <message>
        <source>Unknown kind of visit: {kind}.</source>
        <translation>未知的来访类型：{kind}。</translation>
    </message>
    <message>
        <source>The visitor&apos;s name is required.</source>
        <translation>必须填写访客姓名。</translation>
    </message>
    <message>
        <source>Say whom the visitor comes to see: the host or the department.</source>
        <translation>请填写访客要见谁：被访人或被访部门。</translation>
    </message>
    <message>
        <source>An ID card number has 18 characters: 17 digits, then a digit or X.</source>
        <translation>身份证号码为18位：17位数字，最后一位为数字或X。</translation>
    </message>
    <message>
        <source>Choose the visitor&apos;s identity.</source>
        <translation>请选择访客身份。</translation>
    </message>
    <message>
        <source>The identity {name} is no longer in use.</source>
        <translation>身份“{name}”已停用。</translation>
    </message>
    <message>
        <source>The visit&apos;s day is in its number {number}; register it again for another day.</source>
        <translation>来访日期已体现在单号 {number} 中；如为其他日期，请重新登记。</translation>
    </message>
    <message>
        <source>Visit {number} was booked for {day}; register the visitor again today.</source>
        <translation>来访单 {number} 预约的是 {day}；请为今天重新登记。</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; a finished visit is no longer changed.</source>
        <translation>来访单 {number} 状态为{status}；已结束的来访不能再修改。</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; only an expected visitor&apos;s host is told.</source>
        <translation>来访单 {number} 状态为{status}；只有预约状态的来访才需通知被访人。</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; a visitor is let in once the host has been told.</source>
        <translation>来访单 {number} 状态为{status}；须先通知被访人，才能让访客进入。</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; only a visitor on site signs out.</source>
        <translation>来访单 {number} 状态为{status}；只有在访的访客才能签退。</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; only a visitor still expected can be marked as not come.</source>
        <translation>来访单 {number} 状态为{status}；只有尚在等候的访客可以标为未到。</translation>
    </message>
    <message>
        <source>Visit {number} is {status}; only a visit not yet begun can be cancelled.</source>
        <translation>来访单 {number} 状态为{status}；只有尚未开始的来访可以取消。</translation>
    </message>
    <message>
        <source>Visit {number} has no ID number to show.</source>
        <translation>来访单 {number} 没有登记证件号码。</translation>
    </message>
    <message>
        <source>Give the dates as YYYY-MM-DD:YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD:YYYY-MM-DD 输入日期。</translation>
    </message>
    <message>
        <source>{text} is not a day; write it as YYYY-MM-DD.</source>
        <translation>“{text}”不是日期；请按 YYYY-MM-DD 填写。</translation>
    </message>
    <message>
        <source>Inspection {number} is {status}; its results can no longer change.</source>
        <translation>检查 {number} {status}，结果不能再修改。</translation>
    </message>
    <message>
        <source>Inspection {number} is {status}; only an open inspection can be closed.</source>
        <translation>检查 {number} {status}，只有检查中的才能完成。</translation>
    </message>
    <message>
        <source>The correction of sign {number} is {status}; it can no longer change.</source>
        <translation>标识 {number} 的整改{status}，不能再修改。</translation>
    </message>
    <message>
        <source>The correction of sign {number} is {status} already.</source>
        <translation>标识 {number} 的整改已是{status}。</translation>
    </message>
    <message>
        <source>The correction of sign {number} is {status}; no replacement is needed.</source>
        <translation>标识 {number} 的整改{status}，无需更换。</translation>
    </message>
    <message>
        <source>Sign {number} already has a replacement request.</source>
        <translation>标识 {number} 已有更换申请。</translation>
    </message>
    <message>
        <source>The work-site sign for order {number} is {status} already.</source>
        <translation>工单 {number} 的现场标识已是{status}。</translation>
    </message>
    <message>
        <source>That inspection no longer exists.</source>
        <translation>该检查已不存在。</translation>
    </message>
    <message>
        <source>There is no sign inspection {number}.</source>
        <translation>没有标识检查 {number}。</translation>
    </message>
    <message>
        <source>That correction no longer exists.</source>
        <translation>该整改已不存在。</translation>
    </message>
    <message>
        <source>Name who inspects (检查人).</source>
        <translation>请填写检查人。</translation>
    </message>
    <message>
        <source>There is no such department.</source>
        <translation>没有该部门。</translation>
    </message>
    <message>
        <source>A department head inspects the signs of one department; choose it.</source>
        <translation>部门负责人检查本部门的标识，请选择部门。</translation>
    </message>
    <message>
        <source>No sign in use to inspect there.</source>
        <translation>该范围内没有在用的标识可检查。</translation>
    </message>
    <message>
        <source>A line is not on inspection {number}; open it again.</source>
        <translation>有一行不在检查 {number} 中，请重新打开。</translation>
    </message>
    <message>
        <source>Line {line}: {result} is not a result.</source>
        <translation>第 {line} 行：{result} 不是检查结果。</translation>
    </message>
    <message>
        <source>The inspection day must be between its start ({start}) and today.</source>
        <translation>检查日期须在开始日（{start}）与今天之间。</translation>
    </message>
    <message>
        <source>{n} sign(s) have no result yet, the first {sign}.</source>
        <translation>还有 {n} 块标识没有检查结果，第一块为 {sign}。</translation>
    </message>
    <message>
        <source>The deadline cannot be before the inspection.</source>
        <translation>整改期限不能早于检查日。</translation>
    </message>
    <message>
        <source>Say what was done (纠正 / 预防措施) first.</source>
        <translation>请先填写纠正 / 预防措施。</translation>
    </message>
    <message>
        <source>The done date must be between the inspection and today.</source>
        <translation>完成日期须在检查日与今天之间。</translation>
    </message>
    <message>
        <source>Replacement requests are not available in this version.</source>
        <translation>此版本尚不能提交更换申请。</translation>
    </message>
    <message>
        <source>That work-site sign no longer exists.</source>
        <translation>该现场标识已不存在。</translation>
    </message>
    <message>
        <source>There is no such sign.</source>
        <translation>没有该标识。</translation>
    </message>
    <message>
        <source>Sign {number} is not a work-site sign (工作状态 / 警示).</source>
        <translation>标识 {number} 不是现场标识（工作状态 / 警示）。</translation>
    </message>
    <message>
        <source>Choose the sign or write what it says.</source>
        <translation>请选择标识或填写标识内容。</translation>
    </message>
    <message>
        <source>Say where the sign is put up.</source>
        <translation>请填写摆放位置。</translation>
    </message>
    <message>
        <source>Give the repair order the sign is put up for.</source>
        <translation>请填写对应的报修单号。</translation>
    </message>
    <message>
        <source>The sign cannot be put up in the future.</source>
        <translation>摆放时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Sign {number} is up elsewhere; take it down there first.</source>
        <translation>标识 {number} 正摆放在别处，请先撤下。</translation>
    </message>
    <message>
        <source>It comes down between putting up ({start}) and now.</source>
        <translation>撤下时间须在摆放时间（{start}）与现在之间。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a draft can be submitted.</source>
        <translation>{number} {status}，只有草稿才能提交。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a submitted request can be approved.</source>
        <translation>{number} {status}，只有已提交的申请才能批准。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a submitted request can be rejected.</source>
        <translation>{number} {status}，只有已提交的申请才能不予批准。</translation>
    </message>
    <message>
        <source>{number} is {status}; only an approved request goes into production.</source>
        <translation>{number} {status}，只有已批准的申请才能制作。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a sign in production can be installed.</source>
        <translation>{number} {status}，只有制作中的标识才能登记安装。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a request not yet installed can be cancelled.</source>
        <translation>{number} {status}，只有尚未安装的申请才能作废。</translation>
    </message>
    <message>
        <source>That sign request no longer exists.</source>
        <translation>该标识申请已不存在。</translation>
    </message>
    <message>
        <source>There is no sign request {number}.</source>
        <translation>没有单号为 {number} 的标识申请。</translation>
    </message>
    <message>
        <source>The sign cannot be needed by {needed}, before the request&apos;s date {date}.</source>
        <translation>需用日期 {needed} 不能早于申请日期 {date}。</translation>
    </message>
    <message>
        <source>Name the applicant.</source>
        <translation>请填写申请人。</translation>
    </message>
    <message>
        <source>Say why the sign is needed.</source>
        <translation>请填写申请原因。</translation>
    </message>
    <message>
        <source>Sign {sign} already has replacement request {number} open.</source>
        <translation>标识 {sign} 已有未完成的更换申请 {number}。</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>请填写不予批准的原因。</translation>
    </message>
    <message>
        <source>The sign cannot be installed on {date}, before the request&apos;s date {requested}.</source>
        <translation>安装日期 {date} 不能早于申请日期 {requested}。</translation>
    </message>
    <message>
        <source>Name who put the sign up.</source>
        <translation>请填写安装人。</translation>
    </message>
    <message>
        <source>Sign {sign}, which this request replaces, has already been removed.</source>
        <translation>本申请要更换的标识 {sign} 已撤除。</translation>
    </message>
    <message>
        <source>{quarter} is not a quarter; write it as 2026-Q1.</source>
        <translation>{quarter} 不是季度，请写成 2026-Q1。</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as 2026-03-31.</source>
        <translation>{date} 不是日期，请写成 2026-03-31。</translation>
    </message>
    <message>
        <source>That complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>There is no complaint {number}.</source>
        <translation>没有投诉 {number}。</translation>
    </message>
    <message>
        <source>Who complains? The customer&apos;s name is required.</source>
        <translation>投诉人是谁？必须填写投诉人姓名。</translation>
    </message>
    <message>
        <source>What is the complaint? The summary is required.</source>
        <translation>投诉什么？必须填写投诉内容。</translation>
    </message>
    <message>
        <source>A complaint ruled not valid needs the explanation given to the customer.</source>
        <translation>判定投诉不成立时，须填写向客户所作的解释。</translation>
    </message>
    <message>
        <source>Which department handles it? The department is required.</source>
        <translation>由哪个部门处理？必须填写责任部门。</translation>
    </message>
    <message>
        <source>Who in the department signed for the notice?</source>
        <translation>部门由谁签收通知单？</translation>
    </message>
    <message>
        <source>The first contact is later than the deadline: record the reason.</source>
        <translation>首次联系晚于时限，请记录原因。</translation>
    </message>
    <message>
        <source>What is the remedy? The department&apos;s answer is required.</source>
        <translation>补救措施是什么？必须填写部门的答复。</translation>
    </message>
    <message>
        <source>A customer not satisfied: write down what they said, for the department.</source>
        <translation>客户不满意：请记下客户的原话，交责任部门。</translation>
    </message>
    <message>
        <source>Why is it cancelled? A reason is required.</source>
        <translation>为什么取消？必须填写原因。</translation>
    </message>
    <message>
        <source>The callback on {number} is {status}; only a promised answer or a follow-up asked for is followed up.</source>
        <translation>{number} 的回访为{status}；只有预约答复或需跟进的回访才能跟进。</translation>
    </message>
    <message>
        <source>The callback on {number} is {status}; the manager reviews a callback once the customer has answered.</source>
        <translation>{number} 的回访为{status}；客户答复后部长方可审核。</translation>
    </message>
    <message>
        <source>The callback on {number} was reviewed already.</source>
        <translation>{number} 的回访已审核。</translation>
    </message>
    <message>
        <source>Who called back?</source>
        <translation>回访人是谁？</translation>
    </message>
    <message>
        <source>A customer not satisfied: write down what they said, for the case&apos;s owner.</source>
        <translation>客户不满意：请记录客户意见，转交责任方。</translation>
    </message>
    <message>
        <source>The customer cannot answer now: when is the office to call again?</source>
        <translation>客户暂不能答复：请填写预约再次回访的时间。</translation>
    </message>
    <message>
        <source>What came of the follow-up?</source>
        <translation>请填写跟进结果。</translation>
    </message>
    <message>
        <source>{value} is not one of the choices.</source>
        <translation>{value} 不是可选项之一。</translation>
    </message>
    <message>
        <source>That case is not waiting for a callback (it was called back or has changed).</source>
        <translation>该案件不在待回访状态（已回访或已变更）。</translation>
    </message>
    <message>
        <source>The promised time {time} has passed: promise a later time.</source>
        <translation>预约时间 {time} 已过：请约定更晚的时间。</translation>
    </message>
    <message>
        <source>That callback no longer exists.</source>
        <translation>该回访记录已不存在。</translation>
    </message>
    <message>
        <source>The customer&apos;s verdict is required at the follow-up.</source>
        <translation>跟进时须记录客户的评价。</translation>
    </message>
    <message>
        <source>The time {time} is before the step before it ({before}).</source>
        <translation>时间 {time} 早于上一步（{before}）。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a complaint not yet judged can be judged.</source>
        <translation>投诉 {number} {status}；只有尚未判定的投诉才能判定。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a valid complaint not yet assigned can be assigned.</source>
        <translation>投诉 {number} {status}；只有成立且尚未分派的投诉才能分派。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only an assigned complaint&apos;s notice can be signed for.</source>
        <translation>投诉 {number} {status}；只有已分派投诉的通知单才能签收。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; the first contact is recorded once, after the department signed for the notice.</source>
        <translation>投诉 {number} {status}；首次联系在部门签收通知单后记录一次。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; a remedy is answered after the first contact, or again when the complaint was reopened.</source>
        <translation>投诉 {number} {status}；补救措施在首次联系后答复，重办时再次答复。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a complaint whose remedy was answered can be done.</source>
        <translation>投诉 {number} {status}；只有已答复补救措施的投诉才能完成。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only a done complaint is called back.</source>
        <translation>投诉 {number} {status}；只有处理完成的投诉才能回访。</translation>
    </message>
    <message>
        <source>Complaint {number} is {status}; only an open complaint can be cancelled.</source>
        <translation>投诉 {number} {status}；只有未结案的投诉才能取消。</translation>
    </message>
    <message>
        <source>Give the period as YYYY-MM, YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM、YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD 填写期间。</translation>
    </message>
    <message>
        <source>Give the period as a half-year (2026H1, 2026H2) or a year (2026).</source>
        <translation>请按半年（2026H1、2026H2）或年度（2026）填写期间。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束早于开始。</translation>
    </message>
    <message>
        <source>That consultation no longer exists.</source>
        <translation>该咨询记录已不存在。</translation>
    </message>
    <message>
        <source>That customer consulted no longer exists.</source>
        <translation>该咨询客户已不存在。</translation>
    </message>
    <message>
        <source>There is no consultation {number}.</source>
        <translation>没有咨询记录 {number}。</translation>
    </message>
    <message>
        <source>Line {line}: who was consulted? The person&apos;s name is required.</source>
        <translation>第 {line} 行：咨询了谁？请填写联系人。</translation>
    </message>
    <message>
        <source>What was done about it? The follow-up is required.</source>
        <translation>做了什么处理？请填写跟进处理情况。</translation>
    </message>
    <message>
        <source>A customer not satisfied: write down what they said.</source>
        <translation>客户不满意：请记下客户的意见。</translation>
    </message>
    <message>
        <source>The time {time} is before the consultation ({before}).</source>
        <translation>时间 {time} 早于咨询日期（{before}）。</translation>
    </message>
    <message>
        <source>The day {day} is in the future.</source>
        <translation>日期 {day} 尚未到来。</translation>
    </message>
    <message>
        <source>Who was consulted? Enter at least one customer.</source>
        <translation>咨询了谁？请至少填写一位客户。</translation>
    </message>
    <message>
        <source>At most {n} customers in one consultation.</source>
        <translation>一次咨询最多 {n} 户客户。</translation>
    </message>
    <message>
        <source>Line {line}: the answer is promised before the consultation.</source>
        <translation>第 {line} 行：约定答复时间早于咨询日期。</translation>
    </message>
    <message>
        <source>{person} of consultation {number} waits for no answer.</source>
        <translation>咨询 {number} 的 {person} 没有待答复事项。</translation>
    </message>
    <message>
        <source>Consultation {number} is {status}; its follow-ups are recorded before the manager reviews it.</source>
        <translation>咨询 {number} 为{status}；跟进处理情况须在客服部长审核前记录。</translation>
    </message>
    <message>
        <source>Consultation {number} is {status}; no customer of it waits for a promised answer.</source>
        <translation>咨询 {number} 为{status}；没有客户在等待约定的答复。</translation>
    </message>
    <message>
        <source>Consultation {number} is {status}; the manager reviews it once every opinion is followed up and every promised answer given.</source>
        <translation>咨询 {number} 为{status}；所有意见跟进完毕、约定答复全部答复后，客服部长方可审核。</translation>
    </message>
    <message>
        <source>That survey no longer exists.</source>
        <translation>该调查已不存在。</translation>
    </message>
    <message>
        <source>There is no survey {number}.</source>
        <translation>没有调查 {number}。</translation>
    </message>
    <message>
        <source>Form {line}: the ratings must be ten of 1 (satisfied), 2 (fairly satisfied), 3 (dissatisfied) or 0 (not answered).</source>
        <translation>第 {line} 份意见表：评价须为十项，每项为 1（满意）、2（基本满意）、3（不满意）或 0（未答）。</translation>
    </message>
    <message>
        <source>What is the survey called? The title is required.</source>
        <translation>调查名称是什么？必须填写调查名称。</translation>
    </message>
    <message>
        <source>Form {line} has no rating and no opinion; remove the line or type its ratings.</source>
        <translation>第 {line} 份意见表既无评价也无意见；请删除该行或录入评价。</translation>
    </message>
    <message>
        <source>Form {line} is not one of survey {number}&apos;s forms.</source>
        <translation>第 {line} 份意见表不属于调查 {number}。</translation>
    </message>
    <message>
        <source>Survey {number} sent out {sent} forms; {returned} cannot have come back. Correct the number sent out first.</source>
        <translation>调查 {number} 只发放了 {sent} 份，不可能回收 {returned} 份。请先更正发放份数。</translation>
    </message>
    <message>
        <source>That survey form no longer exists.</source>
        <translation>该意见表已不存在。</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; only a draft survey can be changed.</source>
        <translation>调查 {number} 为{status}；只有草稿状态的调查可以修改。</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; only a draft survey can be opened for entry.</source>
        <translation>调查 {number} 为{status}；只有草稿状态的调查可以开始录入。</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; returned forms are entered while the survey is open for entry.</source>
        <translation>调查 {number} 为{status}；意见表只能在调查录入中时录入。</translation>
    </message>
    <message>
        <source>Survey {number} has no returned form yet; enter the forms before closing it.</source>
        <translation>调查 {number} 尚无回收的意见表；请先录入意见表再结束调查。</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; only a survey open for entry can be closed.</source>
        <translation>调查 {number} 为{status}；只有录入中的调查可以结束。</translation>
    </message>
    <message>
        <source>Survey {number} is {status}; its result is shown once it is open for entry.</source>
        <translation>调查 {number} 为{status}；开始录入后才有调查结果。</translation>
    </message>
    <message>
        <source>Give the dates as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 填写日期。</translation>
    </message>
    <message>
        <source>{number} is a work ticket: the vendor replies and it is re-inspected.</source>
        <translation>{number} 是报事单：由外判单位回复后复查。</translation>
    </message>
    <message>
        <source>{number} is a minor fault, fixed within the hour: it has no work ticket.</source>
        <translation>{number} 是轻微不合格项，1小时内处理，没有报事单。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a fault still to be fixed can be marked fixed.</source>
        <translation>{number} 为{status}；只有待整改的项目才能登记整改完成。</translation>
    </message>
    <message>
        <source>{number} is {status}; the vendor replies to a ticket still to be fixed.</source>
        <translation>{number} 为{status}；外判单位只能回复尚未整改完成的报事单。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a ticket the vendor replied to can be re-inspected.</source>
        <translation>{number} 为{status}；只有外判单位已回复的报事单才能复查。</translation>
    </message>
    <message>
        <source>That defect no longer exists.</source>
        <translation>该整改项已不存在。</translation>
    </message>
    <message>
        <source>There is no defect {number}.</source>
        <translation>没有整改单 {number}。</translation>
    </message>
    <message>
        <source>{moment} is in the future.</source>
        <translation>{moment} 是将来的时间。</translation>
    </message>
    <message>
        <source>{moment} is before {earliest}.</source>
        <translation>{moment} 早于 {earliest}。</translation>
    </message>
    <message>
        <source>Choose the vendor.</source>
        <translation>请选择外判单位。</translation>
    </message>
    <message>
        <source>Choose the kind of defect.</source>
        <translation>请选择整改类别。</translation>
    </message>
    <message>
        <source>Give the work ticket&apos;s deadline.</source>
        <translation>请填写报事单的整改期限。</translation>
    </message>
    <message>
        <source>The deadline {due} must be after the defect was found ({found}).</source>
        <translation>整改期限 {due} 须晚于发现时间（{found}）。</translation>
    </message>
    <message>
        <source>{vendor} no longer works here.</source>
        <translation>{vendor} 已不再为本中心服务。</translation>
    </message>
    <message>
        <source>Say what is wrong.</source>
        <translation>请写明存在的问题。</translation>
    </message>
    <message>
        <source>Type the vendor&apos;s reply.</source>
        <translation>请录入外判单位的回复。</translation>
    </message>
    <message>
        <source>Give the new deadline.</source>
        <translation>请填写重新整改期限。</translation>
    </message>
    <message>
        <source>The new deadline {due} must be after the re-inspection ({at}).</source>
        <translation>重新整改期限 {due} 须晚于复查时间（{at}）。</translation>
    </message>
    <message>
        <source>That evaluation no longer exists.</source>
        <translation>该考评表已不存在。</translation>
    </message>
    <message>
        <source>There is no evaluation {number}.</source>
        <translation>没有考评表 {number}。</translation>
    </message>
    <message>
        <source>An evaluation cannot be dated after today.</source>
        <translation>考评日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Choose the kind of evaluation.</source>
        <translation>请选择考评类别。</translation>
    </message>
    <message>
        <source>There is no criteria sheet of this kind for {vendor}&apos;s service; set one up first.</source>
        <translation>{vendor} 的服务类别没有这种考评表，请先设置考评标准。</translation>
    </message>
    <message>
        <source>Name who evaluates (考评人).</source>
        <translation>请填写考评人。</translation>
    </message>
    <message>
        <source>Item {seq} is worth {points} points; it cannot lose {off}.</source>
        <translation>第 {seq} 项分值 {points} 分，不能扣 {off} 分。</translation>
    </message>
    <message>
        <source>Item {seq} did not pass: type the points off (more than 0).</source>
        <translation>第 {seq} 项不合格：请填写扣分（大于 0）。</translation>
    </message>
    <message>
        <source>An item is not on evaluation {number}; open it again.</source>
        <translation>有项目不在考评表 {number} 上，请重新打开。</translation>
    </message>
    <message>
        <source>Item {seq} lost points: note the problem found.</source>
        <translation>第 {seq} 项已扣分，请写明存在问题。</translation>
    </message>
    <message>
        <source>The rectification deadline is before the evaluation.</source>
        <translation>整改期限早于考评时间。</translation>
    </message>
    <message>
        <source>Name who signs for the vendor.</source>
        <translation>请填写外判单位签字人。</translation>
    </message>
    <message>
        <source>Say whether the vendor agrees or objects.</source>
        <translation>请选择外判单位同意还是有异议。</translation>
    </message>
    <message>
        <source>Write the vendor&apos;s objection.</source>
        <translation>请写明外判单位的异议。</translation>
    </message>
    <message>
        <source>The vendor signs between the evaluation ({date}) and today.</source>
        <translation>外判单位签名日期应在考评日（{date}）与今天之间。</translation>
    </message>
    <message>
        <source>Write the ruling on the objection.</source>
        <translation>请写明对异议的裁定。</translation>
    </message>
    <message>
        <source>{number} is {status}; only a sheet waiting for the vendor can be signed by the vendor.</source>
        <translation>{number} {status}，只有待确认的考评表才能由外判单位签名。</translation>
    </message>
    <message>
        <source>{number} is {status}; only an objection can be ruled on.</source>
        <translation>{number} {status}，只有有异议的考评表才能裁定。</translation>
    </message>
    <message>
        <source>{number} is {status}; a confirmed or cancelled sheet cannot be cancelled.</source>
        <translation>{number} {status}，已确认或已作废的考评表不能作废。</translation>
    </message>
    <message>
        <source>Choose how the month runs.</source>
        <translation>请选择考评月的起止方式。</translation>
    </message>
    <message>
        <source>{month} is not a month; write it as 2026-03.</source>
        <translation>{month} 不是月份，请写作 2026-03。</translation>
    </message>
    <message>
        <source>Settlement {number} is {status}; an approved month is no longer recomputed.</source>
        <translation>结算表 {number} 为{status}；已审核的月份不能重新计算。</translation>
    </message>
    <message>
        <source>Settlement {number} is {status}; only a draft can be approved.</source>
        <translation>结算表 {number} 为{status}；只有草稿才能审核。</translation>
    </message>
    <message>
        <source>Settlement {number} is {status}; the vendor confirms an approved settlement once.</source>
        <translation>结算表 {number} 为{status}；外判单位只对已审核的结算表确认一次。</translation>
    </message>
    <message>
        <source>{vendor} has no contract in force from {first} to {last}.</source>
        <translation>{vendor} 在 {first} 至 {last} 没有有效合同。</translation>
    </message>
    <message>
        <source>{vendor} has no confirmed daily or systematic evaluation from {first} to {last}; there is nothing to score.</source>
        <translation>{vendor} 在 {first} 至 {last} 没有已确认的日常考评或系统考评，无法计分。</translation>
    </message>
    <message>
        <source>That settlement no longer exists.</source>
        <translation>该结算表已不存在。</translation>
    </message>
    <message>
        <source>There is no vendor settlement {number}.</source>
        <translation>没有外判结算表 {number}。</translation>
    </message>
    <message>
        <source>The sheets of settlement {number} have changed since it was computed; recompute it before approving.</source>
        <translation>结算表 {number} 计算后考评记录已有变化，请先重新计算再审核。</translation>
    </message>
    <message>
        <source>The vendor cannot confirm before the manager approved ({day}).</source>
        <translation>外判单位的确认日期不能早于经理审核日期（{day}）。</translation>
    </message>
    <message>
        <source>{value} is not a date (write it as 2026-10-01).</source>
        <translation>{value} 不是日期（请按 2026-10-01 填写）。</translation>
    </message>
    <message>
        <source>At most {n} days can be listed.</source>
        <translation>最多只能列 {n} 天。</translation>
    </message>
    <message>
        <source>{day} is a weekday already; list only Saturdays and Sundays worked.</source>
        <translation>{day} 本来就是工作日；只需列出调休上班的周六、周日。</translation>
    </message>
    <message>
        <source>Write the office hours as 08:30-17:30 (the start before the end).</source>
        <translation>请按 08:30-17:30 填写办公时间（开始早于结束）。</translation>
    </message>
    <message>
        <source>{value} is not a half-year (write it as 2026H1 or 2026H2).</source>
        <translation>{value} 不是半年度（请按 2026H1 或 2026H2 填写）。</translation>
    </message>
    <message>
        <source>A report on {half} cannot be received before the half-year begins ({start}).</source>
        <translation>{half} 的报告不能在该半年开始（{start}）之前收到。</translation>
    </message>
    <message>
        <source>{vendor}&apos;s density report on {half} is recorded already.</source>
        <translation>{vendor} {half} 的密度监测报告已登记。</translation>
    </message>
    <message>
        <source>Write down what the report found (the densities, up to the national standard or not).</source>
        <translation>请填写报告结论（各项密度是否符合国家卫生标准）。</translation>
    </message>
    <message>
        <source>Treatment {number} is {status}; only a planned treatment is recorded done.</source>
        <translation>消杀 {number} 为{status}，只有待施药的消杀才能登记完成。</translation>
    </message>
    <message>
        <source>Treatment {number} is {status}; only a planned treatment can be cancelled.</source>
        <translation>消杀 {number} 为{status}，只有待施药的消杀才能取消。</translation>
    </message>
    <message>
        <source>Treatment {number} is the remedy for an unsatisfied callback; it is to be done, not cancelled.</source>
        <translation>消杀 {number} 是回访不满意后的再次杀虫，须完成，不能取消。</translation>
    </message>
    <message>
        <source>That pest treatment no longer exists.</source>
        <translation>该消杀记录已不存在。</translation>
    </message>
    <message>
        <source>Choose the pest-control contractor.</source>
        <translation>请选择病媒生物防治承包商。</translation>
    </message>
    <message>
        <source>{vendor} is not a pest-control contractor.</source>
        <translation>{vendor} 不是病媒生物防治承包商。</translation>
    </message>
    <message>
        <source>{vendor} is no longer active.</source>
        <translation>{vendor} 已停用。</translation>
    </message>
    <message>
        <source>Which areas: public areas, offices or both?</source>
        <translation>请选择施药区域：公共场所、办公区或两者。</translation>
    </message>
    <message>
        <source>Give the day planned.</source>
        <translation>请填写计划日期。</translation>
    </message>
    <message>
        <source>A treatment asked for on {asked} can be planned on {earliest} at the earliest (a working day&apos;s notice to the contractor).</source>
        <translation>{asked} 提出的消杀最早只能安排在 {earliest}（须提前一个工作日通知承包商）。</translation>
    </message>
    <message>
        <source>Who asked for the treatment?</source>
        <translation>请填写提出人。</translation>
    </message>
    <message>
        <source>What is the treatment for (where, which pests)?</source>
        <translation>请填写事由（地点、虫害种类）。</translation>
    </message>
    <message>
        <source>When was it done?</source>
        <translation>请填写施药时间。</translation>
    </message>
    <message>
        <source>The treatment cannot be done before it was asked for ({time}).</source>
        <translation>施药时间不能早于提出时间（{time}）。</translation>
    </message>
    <message>
        <source>{time} is inside office hours ({start}–{end}): treatments are after office hours.</source>
        <translation>{time} 在办公时间内（{start}–{end}）：施药应在下班后进行。</translation>
    </message>
    <message>
        <source>Which agent was used?</source>
        <translation>请填写所用药剂。</translation>
    </message>
    <message>
        <source>Who did the treatment?</source>
        <translation>请填写操作人。</translation>
    </message>
    <message>
        <source>The contractor&apos;s signature: who signed?</source>
        <translation>请填写承包商签名人。</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>That vendor no longer exists.</source>
        <translation>该外判单位已不存在。</translation>
    </message>
    <message>
        <source>That contract no longer exists.</source>
        <translation>该合同已不存在。</translation>
    </message>
    <message>
        <source>Choose the vendor&apos;s kind.</source>
        <translation>请选择外判单位的类别。</translation>
    </message>
    <message>
        <source>The kind {name} is out of use.</source>
        <translation>类别 {name} 已停用。</translation>
    </message>
    <message>
        <source>The vendor&apos;s name is required.</source>
        <translation>请填写外判单位名称。</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>该考评标准已不存在。</translation>
    </message>
    <message>
        <source>The template {name} is for another kind of vendor than {vendor}.</source>
        <translation>考评标准 {name} 不适用于 {vendor} 的类别。</translation>
    </message>
    <message>
        <source>The contract&apos;s number is required.</source>
        <translation>请填写合同编号。</translation>
    </message>
    <message>
        <source>The monthly fee is required.</source>
        <translation>请填写月服务费。</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>合同截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>Contract {number} already exists.</source>
        <translation>合同 {number} 已存在。</translation>
    </message>
    <message>
        <source>{vendor} already has contract {number} from {start} to {end}; one vendor&apos;s contracts cannot overlap.</source>
        <translation>{vendor} 已有合同 {number}（{start} 至 {end}）；同一单位的合同期不得重叠。</translation>
    </message>
    <message>
        <source>The fee bands leave scores from {low} to {high} without a band.</source>
        <translation>费用档次在 {low} 至 {high} 分之间有空档。</translation>
    </message>
    <message>
        <source>The fee bands overlap from {low} to {high}.</source>
        <translation>费用档次在 {low} 至 {high} 分之间重叠。</translation>
    </message>
    <message>
        <source>A contract needs its fee bands.</source>
        <translation>合同须设置费用档次。</translation>
    </message>
    <message>
        <source>A fee band from {low} must run up to a higher score.</source>
        <translation>自 {low} 分起的档次，截止分数须高于起始分数。</translation>
    </message>
    <message>
        <source>A lower score cannot cost the vendor less than a higher one.</source>
        <translation>分数较低的档次扣减不得少于分数较高的档次。</translation>
    </message>
    <message>
        <source>A template needs its items.</source>
        <translation>考评标准须有考评项目。</translation>
    </message>
    <message>
        <source>Item {n} has no standard written.</source>
        <translation>第 {n} 项未填写考评标准。</translation>
    </message>
    <message>
        <source>The items&apos; points add to {total}, not 100.</source>
        <translation>各项分值合计为 {total} 分，不是 100 分。</translation>
    </message>
    <message>
        <source>{name} version {version} has been replaced; edit the version in use.</source>
        <translation>{name} 第 {version} 版已被替换；请修改在用的版本。</translation>
    </message>
    <message>
        <source>The template&apos;s name is required.</source>
        <translation>请填写考评标准名称。</translation>
    </message>
    <message>
        <source>Choose the sheet the template is for.</source>
        <translation>请选择考评标准所用的考评表。</translation>
    </message>
    <message>
        <source>Give the period as YYYY-MM or YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>期间请写成 YYYY-MM 或 YYYY-MM-DD..YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>There is no criteria sheet {ref}.</source>
        <translation>没有考评表 {ref}。</translation>
    </message>
    <message>
        <source>{text} is not a year and a vendor; write it as 2026/1.</source>
        <translation>{text} 不是“年度/单位”，请写作 2026/1。</translation>
    </message>
    <message>
        <source>There is no vendor {vendor}.</source>
        <translation>没有外判单位 {vendor}。</translation>
    </message>
    <message>
        <source>{value} is not a month (write it as 2026-03).</source>
        <translation>{value} 不是月份（请按 2026-03 填写）。</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法完成操作</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现意外错误</translation>
    </message>
    <message>
        <source>FrontDesk met an unexpected error and did not finish what it was doing. What you saved before is safe. Please tell your administrator and give them the log file:
{path}

({error})</source>
        <translation>物业客服台遇到意外错误，刚才的操作没有完成。此前已保存的数据不受影响。请告知系统管理员，并把日志文件交给他：
{path}

（{error}）</translation>
    </message>
</context>
<context>
    <name>EvaluationSheet</name>
    <message>
        <source>Evaluation {number} — {vendor}</source>
        <translation>考评表 {number} — {vendor}</translation>
    </message>
    <message>
        <source>{kind} · {day} · by {by} · {status}</source>
        <translation>{kind} · {day} · 考评人 {by} · {status}</translation>
    </message>
    <message>
        <source>Space or Enter passes an item and goes down; a digit types the points off, Enter goes on to the problem. T asks for a work ticket, Delete passes it again. Ctrl+S saves, F9 submits.</source>
        <translation>空格或回车：该项合格并转到下一项；输入数字即为扣分，回车后填写存在问题。T：开报事单；Delete：改回合格。Ctrl+S 保存，F9 提交。</translation>
    </message>
    <message>
        <source>The vendor objects: {objection}. Change the points off where the objection holds, write the ruling and rule (F7).</source>
        <translation>外判单位有异议：{objection}。异议成立的项目请修改扣分，写明裁定后裁定（F7）。</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>只读。</translation>
    </message>
    <message>
        <source>The ruling (upheld, or what was amended and why)</source>
        <translation>裁定（维持原考评，或改了什么、为什么）</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Submit (F9)</source>
        <translation>提交（F9）</translation>
    </message>
    <message>
        <source>Rule (F7)</source>
        <translation>裁定（F7）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Problems found (empty: the items&apos; problems)</source>
        <translation>存在问题（不填：取各项的问题）</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Unticked: one day after the evaluation when an item lost points</source>
        <translation>不勾选：有扣分时为考评后一天</translation>
    </message>
    <message>
        <source>Score {score} · {failed} item(s) lost points</source>
        <translation>得分 {score} · {failed} 项扣分</translation>
    </message>
</context>
<context>
    <name>EvaluationsView</name>
    <message>
        <source>New sheet…</source>
        <translation>新建考评表…</translation>
    </message>
    <message>
        <source>A daily round, a weekly, systematic or month-end check of a vendor</source>
        <translation>日常考评、周检、系统考评或月检</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The sheet&apos;s items: scored on a draft, amended on an objection</source>
        <translation>考评项目：草稿时评分，有异议时修改</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>The sheet counts: its score, failure and defects stand</source>
        <translation>提交后考评表生效：得分、不合格和整改项确定</translation>
    </message>
    <message>
        <source>Vendor&apos;s signature…</source>
        <translation>单位确认…</translation>
    </message>
    <message>
        <source>Who signed for the vendor, when, agrees or objects</source>
        <translation>外判单位签名人、日期、同意或有异议</translation>
    </message>
    <message>
        <source>Rule on objection…</source>
        <translation>裁定异议…</translation>
    </message>
    <message>
        <source>Uphold the sheet or amend its points off</source>
        <translation>维持原考评或修改扣分</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Cancel the sheet, with the reason</source>
        <translation>作废考评表（写明原因）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The sheet as scored</source>
        <translation>已评分的考评表</translation>
    </message>
    <message>
        <source>Blank sheet…</source>
        <translation>空白考评表…</translation>
    </message>
    <message>
        <source>A criteria template&apos;s sheet to fill in on the round</source>
        <translation>巡查时手填的空白考评表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>全部外判单位</translation>
    </message>
    <message>
        <source>Serious or not</source>
        <translation>是否严重不合格</translation>
    </message>
    <message>
        <source>Serious failures</source>
        <translation>严重不合格</translation>
    </message>
    <message>
        <source>Serious failures open</source>
        <translation>未整改的严重不合格</translation>
    </message>
    <message>
        <source>serious failures open: {n}</source>
        <translation>未整改的严重不合格：{n}</translation>
    </message>
    <message>
        <source>waiting for the vendor&apos;s signature: {n}</source>
        <translation>待单位确认：{n}</translation>
    </message>
    <message>
        <source>objections to rule on: {n}</source>
        <translation>待裁定异议：{n}</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>考评</translation>
    </message>
    <message>
        <source>Select a line in the list first.</source>
        <translation>请先在列表中选择一行。</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外判单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Evaluated by (考评人)</source>
        <translation>考评人</translation>
    </message>
    <message>
        <source>The vendor&apos;s lead present</source>
        <translation>单位在场人员</translation>
    </message>
    <message>
        <source>New evaluation</source>
        <translation>新建考评表</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Submit {number}</source>
        <translation>提交 {number}</translation>
    </message>
    <message>
        <source>Submit {number}? Its score ({score}) stands and the vendor signs it next.</source>
        <translation>提交 {number}？提交后得分（{score}）生效，然后由外判单位签名确认。</translation>
    </message>
    <message>
        <source>Signed for the vendor by</source>
        <translation>外判单位签名人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签名日期</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>外判单位意见</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Objection (why)</source>
        <translation>异议（理由）</translation>
    </message>
    <message>
        <source>The vendor&apos;s signature on {number}</source>
        <translation>外判单位确认 {number}</translation>
    </message>
    <message>
        <source>{vendor}: score {score}. {problems}</source>
        <translation>{vendor}：得分 {score}。{problems}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel {number}</source>
        <translation>作废 {number}</translation>
    </message>
    <message>
        <source>Cancel the sheet</source>
        <translation>作废考评表</translation>
    </message>
    <message>
        <source>Evaluation {number}</source>
        <translation>考评表 {number}</translation>
    </message>
    <message>
        <source>Criteria sheet</source>
        <translation>考评表</translation>
    </message>
    <message>
        <source>Blank sheet</source>
        <translation>空白考评表</translation>
    </message>
</context>
<context>
    <name>GridDialog</name>
    <message>
        <source>Add a line</source>
        <translation>增加一行</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>删除该行</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Row {row}, {column}</source>
        <translation>第 {row} 行，{column}</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {file} cannot be imported, so nothing was imported. Correct them in the file and import it again.</source>
        <translation>
            <numerusform>{file} 中有 %n 行不能导入，因此全部未导入。请在文件中改正后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>InspectionSettings</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Days to correct a failed sign:</source>
        <translation>不合格标识整改天数：</translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Work-site signs</source>
        <translation>现场标识</translation>
    </message>
    <message>
        <source>Start inspection…</source>
        <translation>开始检查…</translation>
    </message>
    <message>
        <source>A department or the whole building: its signs in use now are the lines</source>
        <translation>一个部门或全楼：现在在用的标识即为检查行</translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation>打印检查表</translation>
    </message>
    <message>
        <source>The blind inspection sheet with its tick columns</source>
        <translation>空白检查表，带打勾栏</translation>
    </message>
    <message>
        <source>Enter results…</source>
        <translation>录入结果…</translation>
    </message>
    <message>
        <source>Type one key per sign from the filled-in sheet</source>
        <translation>按填好的检查表逐块按键录入</translation>
    </message>
    <message>
        <source>Close inspection</source>
        <translation>完成检查</translation>
    </message>
    <message>
        <source>Write each sign&apos;s result; failed signs wait for a correction</source>
        <translation>写入每块标识的结果；不合格的待整改</translation>
    </message>
    <message>
        <source>Quarter record…</source>
        <translation>季度记录…</translation>
    </message>
    <message>
        <source>Print the 季度检查记录</source>
        <translation>打印季度检查记录</translation>
    </message>
    <message>
        <source>Correction…</source>
        <translation>整改…</translation>
    </message>
    <message>
        <source>The correction (纠正 / 预防措施) and its deadline</source>
        <translation>纠正 / 预防措施及期限</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>The correction is done: the sign is back in use</source>
        <translation>整改完成：标识恢复在用</translation>
    </message>
    <message>
        <source>Replacement request</source>
        <translation>更换申请</translation>
    </message>
    <message>
        <source>A draft request for a new sign to replace this one</source>
        <translation>起草一份更换此标识的申请</translation>
    </message>
    <message>
        <source>Put up work sign…</source>
        <translation>摆放现场标识…</translation>
    </message>
    <message>
        <source>A 工作状态 / 警示 sign put up for a repair job</source>
        <translation>为维修作业摆放的工作状态 / 警示标识</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>已撤下</translation>
    </message>
    <message>
        <source>The work-site sign has come down</source>
        <translation>现场标识已撤下</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>{quarter}: {done} of {signs} sign(s) inspected</source>
        <translation>{quarter}：已检 {done} / {signs} 块</translation>
    </message>
    <message>
        <source>{quarter}: not inspected in full ({missing} sign(s) left)</source>
        <translation>{quarter}：未全面检查（{missing} 块未检）</translation>
    </message>
    <message>
        <source>{quarter}: inspected in full</source>
        <translation>{quarter}：已全面检查</translation>
    </message>
    <message>
        <source>earlier quarters not in full: {quarters}</source>
        <translation>此前未全面检查的季度：{quarters}</translation>
    </message>
    <message>
        <source>corrections open: {n}</source>
        <translation>整改中 {n}</translation>
    </message>
    <message>
        <source>late: {n}</source>
        <translation>逾期 {n}</translation>
    </message>
    <message>
        <source>not found: {n}</source>
        <translation>未找到 {n}</translation>
    </message>
    <message>
        <source>work-site signs left up: {n}</source>
        <translation>现场标识未撤 {n}</translation>
    </message>
    <message>
        <source>Select a line in the list first.</source>
        <translation>请先在列表中选择一行。</translation>
    </message>
    <message>
        <source>Whole building</source>
        <translation>全楼</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Inspected by (检查人)</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>A department head inspecting their own signs, or the clerk</source>
        <translation>检查本部门标识的部门负责人，或客服文员</translation>
    </message>
    <message>
        <source>Start an inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Every quarter every sign in use is inspected; a department head may inspect their own signs at any time.</source>
        <translation>每季度检查全部在用标识；部门负责人可随时检查本部门的标识。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Inspection sheet {number}</source>
        <translation>检查表 {number}</translation>
    </message>
    <message>
        <source>Close inspection {number}</source>
        <translation>完成检查 {number}</translation>
    </message>
    <message>
        <source>Close inspection {number}? Each sign&apos;s result is written; failed signs wait for a correction.</source>
        <translation>完成检查 {number}？将写入每块标识的结果，不合格的待整改。</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Quarter record</source>
        <translation>季度检查记录</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Quarter record {quarter}</source>
        <translation>季度检查记录 {quarter}</translation>
    </message>
    <message>
        <source>Correction / prevention (纠正 / 预防措施)</source>
        <translation>纠正 / 预防措施</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Correction of sign {number}</source>
        <translation>标识 {number} 的整改</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Correction of sign {number} done</source>
        <translation>标识 {number} 整改完成</translation>
    </message>
    <message>
        <source>A draft replacement request for sign {number} is in the requests list.</source>
        <translation>标识 {number} 的更换申请草稿已在申请列表中。</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>报修单号</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>A 工作状态 / 警示 sign of the registry, or leave empty and write the text</source>
        <translation>一览表中的工作状态 / 警示标识，或留空并填写内容</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Put up a work-site sign</source>
        <translation>摆放现场标识</translation>
    </message>
</context>
<context>
    <name>IssueSlipsView</name>
    <message>
        <source>There is no repair order {number}.</source>
        <translation>没有报修单 {number}。</translation>
    </message>
    <message>
        <source>{order} (cancelled: nothing is issued for it)</source>
        <translation>{order}（已取消，不能为其出库）</translation>
    </message>
    <message>
        <source>New issue slip</source>
        <translation>新建出库单</translation>
    </message>
    <message>
        <source>Type an issue slip (Ctrl+N)</source>
        <translation>填写出库单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the issue slip (Enter)</source>
        <translation>打开出库单（Enter）</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>The duty officer signs the slip: the goods leave the store</source>
        <translation>当值签字：物品出库</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Cancel the slip with the reason; a signed one brings its goods back into stock</source>
        <translation>注明原因作废出库单；已签字的出库单作废后物品退回库存</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the issue slip (出库单)</source>
        <translation>打印出库单</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Issue slip {number}</source>
        <translation>出库单 {number}</translation>
    </message>
    <message>
        <source>Optional: type its number, room or fault, or press Down for the open orders</source>
        <translation>选填：输入报修单号、房号或故障内容，或按↓键列出未完成的报修单</translation>
    </message>
    <message>
        <source>Issue slip {number} — {status}</source>
        <translation>出库单 {number} — {status}</translation>
    </message>
    <message>
        <source>Sign issue slip {number} for {receiver} ({department})?

{lines}

The goods leave the store now.</source>
        <translation>为{receiver}（{department}）签字确认出库单 {number}？

{lines}

签字后物品即出库。</translation>
    </message>
    <message>
        <source>Issue slip {number} is signed: its goods come back into stock at their cost, dated like the slip. The slip stays, marked cancelled.</source>
        <translation>出库单 {number} 已签字：作废后物品按原成本退回库存，日期与原单相同。原单保留，标记为已作废。</translation>
    </message>
    <message>
        <source>The draft {number} ends here; its number stays, marked cancelled.</source>
        <translation>草稿 {number} 到此作废；单号保留，标记为已作废。</translation>
    </message>
</context>
<context>
    <name>ItemLedgerDialog</name>
    <message>
        <source>Ledger of {code} {name}</source>
        <translation>物料帐：{code} {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code} {name}&lt;/b&gt; {spec} — on hand {qty}, worth {value} yuan, average cost {cost}</source>
        <translation>&lt;b&gt;{code} {name}&lt;/b&gt; {spec} — 库存 {qty}，金额 {value} 元，平均单价 {cost}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>In</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结存数量</translation>
    </message>
    <message>
        <source>Balance value</source>
        <translation>结存金额</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Brought forward</source>
        <translation>期初结存</translation>
    </message>
    <message>
        <source>Total of the span</source>
        <translation>本期合计</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>考评标准</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Result (Space: pass, digit: points off)</source>
        <translation>结果（空格：合格，数字：扣分）</translation>
    </message>
    <message>
        <source>Points off</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Ticket (T)</source>
        <translation>报事单（T）</translation>
    </message>
    <message>
        <source> (serious)</source>
        <translation>（严重项）</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>New item</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <source>Add an item to the list (Ctrl+N)</source>
        <translation>在物品档案中新增物品（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Correct the selected item (Enter)</source>
        <translation>修改所选物品（Enter）</translation>
    </message>
    <message>
        <source>Ledger…</source>
        <translation>物料帐…</translation>
    </message>
    <message>
        <source>The item&apos;s ledger (物料帐): every movement with the running balance</source>
        <translation>物品的物料帐：每一笔收发及结存</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>类别…</translation>
    </message>
    <message>
        <source>Add, rename or retire item categories</source>
        <translation>新增、改名或停用物品类别</translation>
    </message>
    <message>
        <source>Download import template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message>
        <source>Save the spreadsheet to fill in for an import</source>
        <translation>保存用于填写导入内容的表格</translation>
    </message>
    <message>
        <source>Import from .xlsx…</source>
        <translation>从 .xlsx 导入…</translation>
    </message>
    <message>
        <source>Add the items of a filled-in import template, with their opening stock</source>
        <translation>导入已填写的模板中的物品及其期初库存</translation>
    </message>
    <message>
        <source>Below safety stock</source>
        <translation>低于安全库存</translation>
    </message>
    <message>
        <source>In use only</source>
        <translation>只看在用</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>全部货位</translation>
    </message>
    <message>
        <source>e.g. M4×20, DN20</source>
        <translation>如 M4×20、DN20</translation>
    </message>
    <message>
        <source>e.g. 个, 盒, 米</source>
        <translation>如 个、盒、米</translation>
    </message>
    <message>
        <source>Fixed once stock has moved</source>
        <translation>有出入库后不能再改</translation>
    </message>
    <message>
        <source>Shelf, e.g. A-01</source>
        <translation>货位，如 A-01</translation>
    </message>
    <message>
        <source>Below this the item is red and goes on a request drafted from low stock</source>
        <translation>库存低于此数时显示为红色，并列入按低库存生成的申购单</translation>
    </message>
    <message>
        <source>Item {code}</source>
        <translation>物品 {code}</translation>
    </message>
    <message>
        <source>On hand: {qty}, worth {value} yuan.</source>
        <translation>库存：{qty}，金额 {value} 元。</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>The template is saved as {path}.

Fill in one item per row (the second sheet explains the columns), then import it here.</source>
        <translation>模板已保存为 {path}。

每行填写一个物品（第二个工作表说明各列），然后在此导入。</translation>
    </message>
    <message>
        <source>Import items from a workbook</source>
        <translation>从工作簿导入物品</translation>
    </message>
    <message>
        <source>Importing items…</source>
        <translation>正在导入物品…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported from {file}.</source>
        <translation>
            <numerusform>已从 {file} 导入 %n 个物品。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Print a long list</source>
        <translation>打印长列表</translation>
    </message>
    <message>
        <source>The whole list is about {pages} pages ({rows} rows).</source>
        <translation>整个列表约 {pages} 页（{rows} 条）。</translation>
    </message>
    <message>
        <source>Print only the rows on the screen, or all of them?</source>
        <translation>只打印屏幕上的记录，还是全部打印？</translation>
    </message>
    <message>
        <source>Print the {n} rows on screen</source>
        <translation>打印屏幕上的 {n} 条</translation>
    </message>
    <message>
        <source>Print all ({pages} pages)</source>
        <translation>全部打印（{pages} 页）</translation>
    </message>
    <message>
        <source>Page {page} of about {pages}…</source>
        <translation>第 {page} 页，共约 {pages} 页…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Print register…</source>
        <translation>打印记录表…</translation>
    </message>
    <message>
        <source>Print the register for the dates of the filter (this month when the dates are off)</source>
        <translation>按筛选的日期打印记录表（未勾选日期时为本月）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>打印{title}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unticked: all dates</source>
        <translation>不勾选则显示全部日期</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Search: {text}</source>
        <translation>搜索：{text}</translation>
    </message>
    <message>
        <source>Dates: {start} – {end}</source>
        <translation>日期：{start} 至 {end}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账号锁定</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Department added</source>
        <translation>新增部门</translation>
    </message>
    <message>
        <source>Department changed</source>
        <translation>修改部门</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Login name changed (upgrade)</source>
        <translation>登录名已更改（升级）</translation>
    </message>
    <message>
        <source>Signed at another&apos;s desk</source>
        <translation>在他人工作台签字</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Late, not answered</source>
        <translation>超时未答复</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>超时答复</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电记录</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Spoken to</source>
        <translation>受访人</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Answer promised by</source>
        <translation>预约答复时间</translation>
    </message>
    <message>
        <source>Called back by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>跟进时间</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <source>Call content</source>
        <translation>来电内容</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>报修单</translation>
    </message>
    <message>
        <source>Found items</source>
        <translation>失物</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉方式</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重办</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>拾获日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>款式</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Place found</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>Finder</source>
        <translation>拾遗人</translation>
    </message>
    <message>
        <source>Finder&apos;s phone</source>
        <translation>拾遗人电话</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Value assessed</source>
        <translation>鉴定价值</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Loss reports</source>
        <translation>报失</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报失时间</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>遗失时间</translation>
    </message>
    <message>
        <source>Place lost</source>
        <translation>遗失地点</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>失主</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Found as</source>
        <translation>对应失物</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>认领时间</translation>
    </message>
    <message>
        <source>Found item</source>
        <translation>失物单号</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号/位置</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Callback result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Not confirmed in time</source>
        <translation>未按时确认</translation>
    </message>
    <message>
        <source>Confirmed late</source>
        <translation>超时确认</translation>
    </message>
    <message>
        <source>Suggestions and opinions</source>
        <translation>建议/意见</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Suggestion or opinion</source>
        <translation>建议/意见内容</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Confirm by</source>
        <translation>确认期限</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Answer late</source>
        <translation>答复逾期</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Opinion consultations</source>
        <translation>意见咨询</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见/建议</translation>
    </message>
    <message>
        <source>Answer promised</source>
        <translation>约定答复</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Consulted by</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Accept by</source>
        <translation>接单时限</translation>
    </message>
    <message>
        <source>Complete by</source>
        <translation>完工时限</translation>
    </message>
    <message>
        <source>Repair registered</source>
        <translation>登记报修</translation>
    </message>
    <message>
        <source>Repair order changed</source>
        <translation>修改报修单</translation>
    </message>
    <message>
        <source>Repair dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Service order paper returned</source>
        <translation>工程服务单回单</translation>
    </message>
    <message>
        <source>Repair accepted</source>
        <translation>工程接单</translation>
    </message>
    <message>
        <source>Repair completed</source>
        <translation>维修完工</translation>
    </message>
    <message>
        <source>Repair checked</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <source>Repair sent back</source>
        <translation>验收退回</translation>
    </message>
    <message>
        <source>Customer called back</source>
        <translation>客户回访</translation>
    </message>
    <message>
        <source>Repair cancelled</source>
        <translation>取消报修</translation>
    </message>
    <message>
        <source>Repair category added</source>
        <translation>新增报修类别</translation>
    </message>
    <message>
        <source>Repair category changed</source>
        <translation>修改报修类别</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>新增物品</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>修改物品</translation>
    </message>
    <message>
        <source>Items imported</source>
        <translation>导入物品</translation>
    </message>
    <message>
        <source>Item category added</source>
        <translation>新增物品类别</translation>
    </message>
    <message>
        <source>Item category changed</source>
        <translation>修改物品类别</translation>
    </message>
    <message>
        <source>Receipt drafted</source>
        <translation>填写入库单</translation>
    </message>
    <message>
        <source>Receipt changed</source>
        <translation>修改入库单</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>确认入库单</translation>
    </message>
    <message>
        <source>Receipt voided</source>
        <translation>作废入库单</translation>
    </message>
    <message>
        <source>Issue slip drafted</source>
        <translation>填写出库单</translation>
    </message>
    <message>
        <source>Issue slip changed</source>
        <translation>修改出库单</translation>
    </message>
    <message>
        <source>Issue slip signed</source>
        <translation>出库单签字</translation>
    </message>
    <message>
        <source>Issue slip voided</source>
        <translation>作废出库单</translation>
    </message>
    <message>
        <source>Purchase request drafted</source>
        <translation>填写申购单</translation>
    </message>
    <message>
        <source>Purchase request changed</source>
        <translation>修改申购单</translation>
    </message>
    <message>
        <source>Purchase request approved</source>
        <translation>批准申购单</translation>
    </message>
    <message>
        <source>Purchase request voided</source>
        <translation>作废申购单</translation>
    </message>
    <message>
        <source>Stocktake started</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>Counts entered</source>
        <translation>录入盘点数</translation>
    </message>
    <message>
        <source>Stocktake changed</source>
        <translation>修改盘点单</translation>
    </message>
    <message>
        <source>Stocktake approved</source>
        <translation>审批盘点</translation>
    </message>
    <message>
        <source>Stocktake voided</source>
        <translation>作废盘点单</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>最近进价</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>外判单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Lead on site</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>合同起始</translation>
    </message>
    <message>
        <source>Contract to</source>
        <translation>合同截止</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>月服务费</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Vendor added</source>
        <translation>新增外判单位</translation>
    </message>
    <message>
        <source>Vendor changed</source>
        <translation>修改外判单位</translation>
    </message>
    <message>
        <source>Vendor kind added</source>
        <translation>新增外判类别</translation>
    </message>
    <message>
        <source>Vendor kind changed</source>
        <translation>修改外判类别</translation>
    </message>
    <message>
        <source>Vendor contract added</source>
        <translation>新增外判合同</translation>
    </message>
    <message>
        <source>Vendor contract changed</source>
        <translation>修改外判合同</translation>
    </message>
    <message>
        <source>Fee bands changed</source>
        <translation>修改费用档次</translation>
    </message>
    <message>
        <source>Criteria template added</source>
        <translation>新增考评标准</translation>
    </message>
    <message>
        <source>Criteria template revised</source>
        <translation>修订考评标准</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Sign request typed</source>
        <translation>标识申请录入</translation>
    </message>
    <message>
        <source>Sign request changed</source>
        <translation>标识申请修改</translation>
    </message>
    <message>
        <source>Sign request submitted</source>
        <translation>标识申请提交</translation>
    </message>
    <message>
        <source>Sign request approved</source>
        <translation>标识申请批准</translation>
    </message>
    <message>
        <source>Sign request rejected</source>
        <translation>标识申请不予批准</translation>
    </message>
    <message>
        <source>Sign in production</source>
        <translation>标识制作</translation>
    </message>
    <message>
        <source>Sign installed</source>
        <translation>标识安装</translation>
    </message>
    <message>
        <source>Sign request cancelled</source>
        <translation>标识申请作废</translation>
    </message>
    <message>
        <source>Sign requests</source>
        <translation>标识申请</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>需用日期</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>更换标识</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Purchase request</source>
        <translation>申购单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Unit or company</source>
        <translation>单位/公司</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Host department</source>
        <translation>被访部门</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Host told</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Issue slips</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>领料人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Work-site signs</source>
        <translation>现场标识</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>报修单号</translation>
    </message>
    <message>
        <source>Put up</source>
        <translation>摆放时间</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>撤下时间</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>物料入库记录表</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Issue register</source>
        <translation>物料出库记录表</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>已通报</translation>
    </message>
    <message>
        <source>Vendors&apos; months</source>
        <translation>外判月度结算</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Failed daily</source>
        <translation>日检不合格</translation>
    </message>
    <message>
        <source>Failed weekly</source>
        <translation>周检不合格</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Band reduction</source>
        <translation>档次扣减</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Manager and technical dept.</source>
        <translation>通报经理及技术部</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度全盘</translation>
    </message>
    <message>
        <source>Whole building</source>
        <translation>全楼</translation>
    </message>
    <message>
        <source>Sign inspections</source>
        <translation>标识检查</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Sign corrections</source>
        <translation>标识整改</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Signs not found</source>
        <translation>未找到的标识</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>盘点时间</translation>
    </message>
    <message>
        <source>Purchase requests</source>
        <translation>物品申购表</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申购人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>物料帐</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>记账时间</translation>
    </message>
    <message>
        <source>Call registered</source>
        <translation>来电已登记</translation>
    </message>
    <message>
        <source>Call answered</source>
        <translation>来电已答复</translation>
    </message>
    <message>
        <source>Call made a repair order</source>
        <translation>来电转报修单</translation>
    </message>
    <message>
        <source>Call registered as a complaint</source>
        <translation>来电已登记为投诉</translation>
    </message>
    <message>
        <source>Found item registered</source>
        <translation>失物登记</translation>
    </message>
    <message>
        <source>Found item signed for</source>
        <translation>失物签收</translation>
    </message>
    <message>
        <source>Loss reported</source>
        <translation>报失登记</translation>
    </message>
    <message>
        <source>Loss report: found, owner told</source>
        <translation>报失：已找回，已通知失主</translation>
    </message>
    <message>
        <source>Loss report answered: not found</source>
        <translation>报失：未找回，已回复</translation>
    </message>
    <message>
        <source>Found item claimed</source>
        <translation>失物认领</translation>
    </message>
    <message>
        <source>Found item disposed of</source>
        <translation>失物处置</translation>
    </message>
    <message>
        <source>Suggestion registered</source>
        <translation>建议已登记</translation>
    </message>
    <message>
        <source>Suggestion confirmed</source>
        <translation>建议已确认</translation>
    </message>
    <message>
        <source>Suggestion sent to the department</source>
        <translation>建议已送部门</translation>
    </message>
    <message>
        <source>Suggestion acknowledged</source>
        <translation>建议已签收</translation>
    </message>
    <message>
        <source>Suggestion result recorded</source>
        <translation>建议处理结果已登记</translation>
    </message>
    <message>
        <source>Sign inspection started</source>
        <translation>开始标识检查</translation>
    </message>
    <message>
        <source>Sign inspection results entered</source>
        <translation>录入标识检查结果</translation>
    </message>
    <message>
        <source>Sign inspection closed</source>
        <translation>完成标识检查</translation>
    </message>
    <message>
        <source>Sign correction recorded</source>
        <translation>登记标识整改</translation>
    </message>
    <message>
        <source>Sign correction done</source>
        <translation>标识整改完成</translation>
    </message>
    <message>
        <source>Sign replacement requested</source>
        <translation>申请更换标识</translation>
    </message>
    <message>
        <source>Work-site sign put up</source>
        <translation>摆放现场标识</translation>
    </message>
    <message>
        <source>Work-site sign taken down</source>
        <translation>撤下现场标识</translation>
    </message>
    <message>
        <source>Sign changed</source>
        <translation>标识修改</translation>
    </message>
    <message>
        <source>Signs imported</source>
        <translation>标识导入</translation>
    </message>
    <message>
        <source>Sign kind added</source>
        <translation>标识类别新增</translation>
    </message>
    <message>
        <source>Sign kind changed</source>
        <translation>标识类别修改</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>标识一览</translation>
    </message>
    <message>
        <source>Sign text</source>
        <translation>标识内容</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>设置日期</translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation>投诉已登记</translation>
    </message>
    <message>
        <source>Complaint judged</source>
        <translation>投诉已判定</translation>
    </message>
    <message>
        <source>Complaint assigned</source>
        <translation>投诉已分派</translation>
    </message>
    <message>
        <source>Complaint notice signed for</source>
        <translation>投诉处理通知单已签收</translation>
    </message>
    <message>
        <source>Complaint: customer contacted</source>
        <translation>投诉：已联系客户</translation>
    </message>
    <message>
        <source>Complaint: remedy answered</source>
        <translation>投诉：已答复补救措施</translation>
    </message>
    <message>
        <source>Complaint done</source>
        <translation>投诉已处理完成</translation>
    </message>
    <message>
        <source>Complaint called back</source>
        <translation>投诉已回访</translation>
    </message>
    <message>
        <source>Complaint cancelled</source>
        <translation>投诉已取消</translation>
    </message>
    <message>
        <source>Consultation recorded</source>
        <translation>意见咨询已登记</translation>
    </message>
    <message>
        <source>Consultation followed up</source>
        <translation>意见咨询已跟进</translation>
    </message>
    <message>
        <source>Consultation: promised answer given</source>
        <translation>意见咨询：已按约答复</translation>
    </message>
    <message>
        <source>Consultation reviewed</source>
        <translation>意见咨询已审核</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Sent out</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>调查名称</translation>
    </message>
    <message>
        <source>Forms sent</source>
        <translation>发放份数</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>回收份数</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Survey set up</source>
        <translation>新建调查</translation>
    </message>
    <message>
        <source>Survey changed</source>
        <translation>调查已修改</translation>
    </message>
    <message>
        <source>Survey opened for entry</source>
        <translation>调查开始录入</translation>
    </message>
    <message>
        <source>Survey forms entered</source>
        <translation>意见表已录入</translation>
    </message>
    <message>
        <source>Survey form removed</source>
        <translation>意见表已删除</translation>
    </message>
    <message>
        <source>Survey closed</source>
        <translation>调查已结束</translation>
    </message>
    <message>
        <source>Return rate %</source>
        <translation>回收率 %</translation>
    </message>
    <message>
        <source>Overall satisfaction %</source>
        <translation>总的满意率 %</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Returned forms</source>
        <translation>回收的意见表</translation>
    </message>
    <message>
        <source>Callback recorded</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Callback followed up</source>
        <translation>回访已跟进</translation>
    </message>
    <message>
        <source>Callback reviewed</source>
        <translation>回访已审核</translation>
    </message>
    <message>
        <source>Vendor defects</source>
        <translation>外判整改</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外判单位</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Redo by</source>
        <translation>重新整改期限</translation>
    </message>
    <message>
        <source>Vendor replied</source>
        <translation>外判单位回复时间</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>考评表</translation>
    </message>
    <message>
        <source>Vendor&apos;s reply</source>
        <translation>外判单位回复</translation>
    </message>
    <message>
        <source>Vendor defect recorded</source>
        <translation>登记外判整改</translation>
    </message>
    <message>
        <source>Vendor defect fixed</source>
        <translation>外判整改完成</translation>
    </message>
    <message>
        <source>Vendor replied to a work ticket</source>
        <translation>外判单位回复报事单</translation>
    </message>
    <message>
        <source>Work ticket re-inspected</source>
        <translation>报事单复查</translation>
    </message>
    <message>
        <source>Vendor evaluations</source>
        <translation>外判考评</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>月度得分</translation>
    </message>
    <message>
        <source>Sheet score</source>
        <translation>考评得分</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重不合格</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>考评人</translation>
    </message>
    <message>
        <source>Signed for the vendor</source>
        <translation>单位签名</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Fix by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Evaluation started</source>
        <translation>新建考评表</translation>
    </message>
    <message>
        <source>Evaluation changed</source>
        <translation>修改考评表</translation>
    </message>
    <message>
        <source>Evaluation items scored</source>
        <translation>考评项目评分</translation>
    </message>
    <message>
        <source>Evaluation submitted</source>
        <translation>考评表提交</translation>
    </message>
    <message>
        <source>Evaluation confirmed by the vendor</source>
        <translation>外判单位确认考评</translation>
    </message>
    <message>
        <source>Vendor objected to an evaluation</source>
        <translation>外判单位对考评有异议</translation>
    </message>
    <message>
        <source>Objection ruled on</source>
        <translation>异议已裁定</translation>
    </message>
    <message>
        <source>Evaluation cancelled</source>
        <translation>考评表作废</translation>
    </message>
    <message>
        <source>Vendor&apos;s month computed</source>
        <translation>外判月度结算已计算</translation>
    </message>
    <message>
        <source>Vendor&apos;s month approved</source>
        <translation>外判月度结算已审核</translation>
    </message>
    <message>
        <source>Vendor&apos;s month confirmed</source>
        <translation>外判月度结算已确认</translation>
    </message>
    <message>
        <source>Density report received</source>
        <translation>收到密度监测报告</translation>
    </message>
    <message>
        <source>Density reports</source>
        <translation>密度监测报告</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>报告结论</translation>
    </message>
    <message>
        <source>Pest control treatments</source>
        <translation>病媒生物防治记录</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>施药区域</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>药剂</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Redo of</source>
        <translation>返工自</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Cancelled because</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Pest treatment planned</source>
        <translation>安排消杀</translation>
    </message>
    <message>
        <source>Pest treatment asked for</source>
        <translation>应约消杀登记</translation>
    </message>
    <message>
        <source>Pest treatment done</source>
        <translation>消杀完成</translation>
    </message>
    <message>
        <source>Pest treatment cancelled</source>
        <translation>消杀取消</translation>
    </message>
    <message>
        <source>Pest treatment called back</source>
        <translation>消杀回访</translation>
    </message>
    <message>
        <source>Pest treatment to redo</source>
        <translation>消杀不满意再次杀虫</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — FrontDesk</source>
        <translation>登录 — 物业客服台</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Type your login name.</source>
        <translation>请输入登录名。</translation>
    </message>
</context>
<context>
    <name>LostFound</name>
    <message>
        <source>To be signed for</source>
        <translation>待签收</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>待认领</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>已处置</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>已报失</translation>
    </message>
    <message>
        <source>Found, owner told</source>
        <translation>已找回</translation>
    </message>
    <message>
        <source>Not found, answered</source>
        <translation>未找回</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit</source>
        <translation>港澳台通行证</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>驾驶证</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>工作证</translation>
    </message>
    <message>
        <source>Other papers</source>
        <translation>其他证件</translation>
    </message>
</context>
<context>
    <name>LostFoundForms</name>
    <message>
        <source>Date found</source>
        <translation>拾获日期</translation>
    </message>
    <message>
        <source>Place found</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>e.g. A座1楼大堂</source>
        <translation>如 A座1楼大堂</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品名称</translation>
    </message>
    <message>
        <source>What it is: 钱包, 手机, 钥匙…</source>
        <translation>是什么：钱包、手机、钥匙…</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>款式</translation>
    </message>
    <message>
        <source>Colour, look</source>
        <translation>颜色、外观</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Brand, model</source>
        <translation>品牌、型号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Finder</source>
        <translation>拾遗人</translation>
    </message>
    <message>
        <source>Finder&apos;s phone</source>
        <translation>拾遗人电话</translation>
    </message>
    <message>
        <source>Finder is our staff</source>
        <translation>拾遗人是本公司员工</translation>
    </message>
    <message>
        <source>Value assessed (yuan)</source>
        <translation>鉴定价值（元）</translation>
    </message>
    <message>
        <source>Signed for by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Who in the office received it; leave empty when a department registers it and hands it over later</source>
        <translation>客服部由谁签收；部门先登记、稍后移交时留空</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Register a found item</source>
        <translation>拾遗登记</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Sign for found item {number}</source>
        <translation>签收失物 {number}</translation>
    </message>
    <message>
        <source>{item}, found {date} at {place} by {finder}.</source>
        <translation>{item}，{finder} 于 {date} 在 {place} 拾获。</translation>
    </message>
    <message>
        <source>Sign for it</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>失主姓名</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Shown masked once saved, on screen and on paper</source>
        <translation>保存后在屏幕和纸面上都只显示部分号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation>认领时间</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Loss report</source>
        <translation>报失单</translation>
    </message>
    <message>
        <source>Hand found item {number} to its owner</source>
        <translation>失物 {number} 交还失主</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交还</translation>
    </message>
    <message>
        <source>{item} ({style} {model}), found {date} at {place}. Ask for an ID and have the owner sign the printed claim form.</source>
        <translation>{item}（{style} {model}），{date} 在 {place} 拾获。请查验有效身份证明，并请失主在打印的失物认领表上签名。</translation>
    </message>
    <message>
        <source>Reason and how</source>
        <translation>处置原因及方式</translation>
    </message>
    <message>
        <source>Dispose of found item {number}</source>
        <translation>处置失物 {number}</translation>
    </message>
    <message>
        <source>Found {date}; kept {months} months for its owner, so it may be disposed of from {first}.</source>
        <translation>{date} 拾获；为失主保管 {months} 个月，{first} 起可以处置。</translation>
    </message>
    <message>
        <source>Dispose of it</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所在公司</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Lost at (date, time)</source>
        <translation>遗失日期、时间</translation>
    </message>
    <message>
        <source>Place lost</source>
        <translation>遗失地点</translation>
    </message>
    <message>
        <source>Report a loss</source>
        <translation>报失登记</translation>
    </message>
    <message>
        <source>Found item</source>
        <translation>对应失物</translation>
    </message>
    <message>
        <source>Leave empty when it was found but not registered here</source>
        <translation>找回但未在此登记的，留空</translation>
    </message>
    <message>
        <source>What the owner was told</source>
        <translation>回复失主的内容</translation>
    </message>
    <message>
        <source>Loss report {number}: found</source>
        <translation>报失 {number}：已找回</translation>
    </message>
    <message>
        <source>Told the owner to come and claim it</source>
        <translation>已通知失主前来认领</translation>
    </message>
    <message>
        <source>Loss report {number}: not found</source>
        <translation>报失 {number}：未找回</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Unclaimed items of the month</source>
        <translation>当月未认领失物汇总</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>LostFoundSettings</name>
    <message>
        <source>Lost and found</source>
        <translation>拾遗</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Keep unclaimed items for</source>
        <translation>无人认领的失物保管</translation>
    </message>
    <message>
        <source>After this, the manager may dispose of an item nobody claimed, giving the reason.</source>
        <translation>期满后，经理可注明原因处置无人认领的失物。</translation>
    </message>
    <message>
        <source>Saved: {months} months.</source>
        <translation>已保存：{months} 个月。</translation>
    </message>
</context>
<context>
    <name>LostFoundView</name>
    <message>
        <source>Found by our staff</source>
        <translation>本公司员工拾获</translation>
    </message>
    <message>
        <source>Found items</source>
        <translation>失物</translation>
    </message>
    <message>
        <source>Loss reports</source>
        <translation>报失</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New found item</source>
        <translation>拾遗登记</translation>
    </message>
    <message>
        <source>Sign for…</source>
        <translation>签收…</translation>
    </message>
    <message>
        <source>Hand to owner…</source>
        <translation>交还失主…</translation>
    </message>
    <message>
        <source>Dispose of…</source>
        <translation>处置…</translation>
    </message>
    <message>
        <source>Print hand-over record</source>
        <translation>打印失物移交记录表</translation>
    </message>
    <message>
        <source>Month&apos;s unclaimed…</source>
        <translation>当月未认领汇总…</translation>
    </message>
    <message>
        <source>New loss report</source>
        <translation>报失登记</translation>
    </message>
    <message>
        <source>Found, owner told…</source>
        <translation>已找回，通知失主…</translation>
    </message>
    <message>
        <source>Not found, answered…</source>
        <translation>未找回，已回复…</translation>
    </message>
    <message>
        <source>Print claim form</source>
        <translation>打印失物认领表</translation>
    </message>
    <message>
        <source>{number}: {name}, {status}</source>
        <translation>{number}：{name}，{status}</translation>
    </message>
    <message>
        <source>Kept for its owner; may be disposed of from {date}.</source>
        <translation>为失主保管中；{date} 起可以处置。</translation>
    </message>
    <message>
        <source>{number}: {owner}, {kind} {id}</source>
        <translation>{number}：{owner}，{kind} {id}</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}：{status}</translation>
    </message>
    <message>
        <source>{number}: no found item matches yet.</source>
        <translation>{number}：暂无相符的失物。</translation>
    </message>
    <message>
        <source>{number} may be: {items}</source>
        <translation>{number} 可能是：{items}</translation>
    </message>
    <message>
        <source>{number}: {owner} ({phone}) lost {name} {style} on {date} at {place}</source>
        <translation>{number}：{owner}（{phone}）于 {date} 在 {place} 遗失 {name} {style}</translation>
    </message>
    <message>
        <source>A loss report matches</source>
        <translation>有相符的报失</translation>
    </message>
    <message>
        <source>Found item {number} ({name}) may be what was reported lost:

{lines}

Call the owner to come and claim it.</source>
        <translation>失物 {number}（{name}）可能是以下报失的物品：

{lines}

请通知失主前来认领。</translation>
    </message>
    <message>
        <source>Print the claim form</source>
        <translation>打印失物认领表</translation>
    </message>
    <message>
        <source>{name} is handed to {owner} ({id}). Print the claim form for the owner to sign now?</source>
        <translation>{name} 已交还 {owner}（{id}）。现在打印失物认领表请失主签名吗？</translation>
    </message>
    <message>
        <source>Hand-over record {number}</source>
        <translation>失物移交记录表 {number}</translation>
    </message>
    <message>
        <source>Claim form {number}</source>
        <translation>失物认领表 {number}</translation>
    </message>
    <message>
        <source>Unclaimed items {month}</source>
        <translation>未认领失物汇总 {month}</translation>
    </message>
    <message>
        <source>Found items that may match</source>
        <translation>可能相符的失物</translation>
    </message>
</context>
<context>
    <name>LowStockPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Draft a purchase request</source>
        <translation>生成申购单</translation>
    </message>
    <message>
        <source>A purchase request (物品申购表) for every item listed, up to twice its safety stock (storekeeper); the manager approves it in Purchase requests</source>
        <translation>为所列每种物品生成物品申购表，补足到安全库存的两倍（仓管员）；经理在“申购单”中审批</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) under their safety stock.</source>
        <translation>
            <numerusform>%n 种物品低于安全库存。</numerusform>
        </translation>
    </message>
    <message>
        <source>No item is under its safety stock.</source>
        <translation>没有低于安全库存的物品。</translation>
    </message>
    <message>
        <source>Purchase request {number}</source>
        <translation>申购单 {number}</translation>
    </message>
    <message numerus="yes">
        <source>Purchase request {number} is drafted with %n line(s). Check and edit it under Purchase requests, where the manager approves it. Print it now?</source>
        <translation>
            <numerusform>申购单 {number} 已生成草稿，共 %n 行。请在“申购单”中核对修改，由经理审批。现在打印吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reception log</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>报修单</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库出入库</translation>
    </message>
    <message>
        <source>Sign requests</source>
        <translation>标识申请</translation>
    </message>
    <message>
        <source>Vendor scoring</source>
        <translation>外判考评</translation>
    </message>
    <message>
        <source>FrontDesk — {office}</source>
        <translation>物业客服台 — {office}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Export current list…</source>
        <translation>导出当前列表…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>操作日志…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About FrontDesk</source>
        <translation>关于物业客服台</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <source>Role: {roles}</source>
        <translation>角色：{roles}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>备份到哪个文件夹？</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>The data was backed up to
{path}</source>
        <translation>数据已备份到
{path}</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>恢复哪个备份？</translation>
    </message>
    <message>
        <source>FrontDesk backups (*.sqlite)</source>
        <translation>物业客服台备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace all the data with the backup
{file}?

The present data is kept in a copy beside the database. You will log in again afterwards.</source>
        <translation>用备份
{file}
替换全部数据吗？

现有数据会另存一份副本，放在数据库文件旁边。恢复后需要重新登录。</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The replaced data was kept as
{path}</source>
        <translation>被替换的数据已另存为
{path}</translation>
    </message>
    <message>
        <source>{n} rows exported</source>
        <translation>已导出 {n} 条</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FrontDesk {version}&lt;/h3&gt;&lt;p&gt;The customer-service office&apos;s desk for a property service center: reception log, repair orders, warehouse, sign requests and vendor scoring.&lt;/p&gt;&lt;p&gt;Data file: {path}&lt;/p&gt;&lt;p&gt;Log folder (give it to your administrator when something went wrong): {logs}&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;物业客服台 FrontDesk {version}&lt;/h3&gt;&lt;p&gt;物业服务中心客服部的工作台：来访登记、报修单、仓库出入库、标识申请和外判考评。&lt;/p&gt;&lt;p&gt;数据文件：{path}&lt;/p&gt;&lt;p&gt;日志文件夹（出现问题时请交给系统管理员）：{logs}&lt;/p&gt;&lt;p&gt;中文字体：文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MonthSettings</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Vendors&apos; month:</source>
        <translation>外判考评月：</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Compute the month of the chosen vendor from its confirmed sheets, late defects and pest treatments (a draft is recomputed)</source>
        <translation>按已确认的考评表、逾期整改和消杀记录计算所选单位的本月结算（草稿重新计算）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>经理审核: the manager approves; the month is frozen</source>
        <translation>经理审核：审核后本月结算冻结</translation>
    </message>
    <message>
        <source>Vendor confirms…</source>
        <translation>单位确认…</translation>
    </message>
    <message>
        <source>The vendor&apos;s lead signs the approved settlement (name and date)</source>
        <translation>外判单位现场负责人在已审核的结算表上签字（姓名和日期）</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>月度考评结算表</source>
        <translation>月度考评结算表</translation>
    </message>
    <message>
        <source>Year sheet</source>
        <translation>年度汇总</translation>
    </message>
    <message>
        <source>The vendor&apos;s twelve months and the score trend</source>
        <translation>该单位十二个月的结算及得分走势</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>外判单位：</translation>
    </message>
    <message>
        <source>Manager and technical dept. told</source>
        <translation>已告知经理和技术部</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Months to tell the manager and the technical department: {n}</source>
        <translation>待通报经理及技术部的月份：{n}</translation>
    </message>
    <message>
        <source>Not computed yet: choose Compute.</source>
        <translation>尚未计算：请点“计算”。</translation>
    </message>
    <message>
        <source>No vendor yet.</source>
        <translation>还没有外判单位。</translation>
    </message>
    <message>
        <source>Month&apos;s score</source>
        <translation>月度得分</translation>
    </message>
    <message>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <source>Period {first} to {last}</source>
        <translation>考评期间 {first} 至 {last}</translation>
    </message>
    <message>
        <source>Daily average {daily}, systematic average {systematic}: score {score}</source>
        <translation>日常考评平均 {daily}，系统考评平均 {systematic}：月度得分 {score}</translation>
    </message>
    <message>
        <source>Failed daily checks {daily}, failed weekly checks {weekly}</source>
        <translation>日检不合格 {daily} 次，周检不合格 {weekly} 次</translation>
    </message>
    <message>
        <source>Fee {fee} − band {band} − deductions {deductions} = payable {payable}</source>
        <translation>月费 {fee} − 档次扣减 {band} − 扣款 {deductions} = 应付 {payable}</translation>
    </message>
    <message>
        <source>The manager and the technical department are told.</source>
        <translation>已通报服务中心经理及公司技术部。</translation>
    </message>
    <message>
        <source>The band gives the vendor a written warning.</source>
        <translation>该档次须向外判单位发书面警告。</translation>
    </message>
    <message>
        <source>Confirmed by {name} on {day}</source>
        <translation>{name} 于 {day} 确认</translation>
    </message>
    <message>
        <source>Approve {number}</source>
        <translation>审核 {number}</translation>
    </message>
    <message>
        <source>Approve the month of {vendor}: payable {payable}? It can no longer be recomputed.</source>
        <translation>审核 {vendor} 本月结算：应付 {payable}？审核后不能再重新计算。</translation>
    </message>
    <message>
        <source>Settlement {number}</source>
        <translation>结算表 {number}</translation>
    </message>
    <message>
        <source>Signed for the vendor by</source>
        <translation>外判单位签字人</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The vendor confirms {number}</source>
        <translation>外判单位确认 {number}</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Year {year} of {vendor}</source>
        <translation>{vendor} {year} 年度</translation>
    </message>
</context>
<context>
    <name>NamedListEditor</name>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <source>In use / not in use</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>NetworkShare</name>
    <message>
        <source>The database is on a network share</source>
        <translation>数据库位于网络共享上</translation>
    </message>
</context>
<context>
    <name>OpenOrders</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{number} ({status}) {content}</source>
        <translation>{number}（{status}）{content}</translation>
    </message>
    <message>
        <source>Open orders of this room or phone ({count}): {orders}</source>
        <translation>该房号或电话有未完结的报修单（{count} 张）：{orders}</translation>
    </message>
</context>
<context>
    <name>OpenOrdersDialog</name>
    <message>
        <source>This room or phone has an open order</source>
        <translation>该房号或电话已有未完结的报修单</translation>
    </message>
    <message numerus="yes">
        <source>The work of %n order(s) of this room or phone is not yet checked. If the customer is calling about the same fault, go back and cancel the new order instead of registering it twice.</source>
        <translation>
            <numerusform>该房号或电话有 %n 张报修单尚未验收。如客户报的是同一故障，请返回并取消新单，不要重复登记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号/位置</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然登记</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
    <message>
        <source>Open the selected order instead</source>
        <translation>改为打开所选报修单</translation>
    </message>
    <message>
        <source>Drop the new order and open the earlier one (double-click a row does the same)</source>
        <translation>放弃新单，打开原有报修单（双击一行亦可）</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation>派工…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>完工…</translation>
    </message>
    <message>
        <source>Check (pass)</source>
        <translation>验收通过</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Call back…</source>
        <translation>回访…</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Paper returned</source>
        <translation>已回单</translation>
    </message>
    <message>
        <source>Print service order</source>
        <translation>打印工程服务单</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>维修月报…</translation>
    </message>
    <message>
        <source>Register a new repair order (Ctrl+N)</source>
        <translation>登记新的报修单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open the order: details, timeline, earlier orders (Enter)</source>
        <translation>打开报修单：详情、处理过程、以往报修（Enter）</translation>
    </message>
    <message>
        <source>Hand the order to engineering and print its service order</source>
        <translation>派给工程部并打印工程服务单</translation>
    </message>
    <message>
        <source>Engineering takes the order: it is now in progress</source>
        <translation>工程部接单，转为处理中</translation>
    </message>
    <message>
        <source>Engineering reports the work done</source>
        <translation>工程部报告维修完成情况</translation>
    </message>
    <message>
        <source>The completed work passes the check</source>
        <translation>完工的维修验收合格</translation>
    </message>
    <message>
        <source>The work is not right: back to engineering with the reason</source>
        <translation>维修不合格：注明原因退回工程部</translation>
    </message>
    <message>
        <source>Record the customer&apos;s verdict</source>
        <translation>记录客户的回访意见</translation>
    </message>
    <message>
        <source>Cancel an order not yet completed, with the reason</source>
        <translation>取消尚未完工的报修单，须注明原因</translation>
    </message>
    <message>
        <source>Engineering brought back the signed paper copy (all selected orders)</source>
        <translation>工程部已交回签字的纸质联（所有选中的单）</translation>
    </message>
    <message>
        <source>Print the 工程服务单 (two copies on one sheet)</source>
        <translation>打印工程服务单（一张纸两联）</translation>
    </message>
    <message>
        <source>Print the monthly repair report</source>
        <translation>打印工程维修月报</translation>
    </message>
    <message>
        <source>Repair order {number}</source>
        <translation>报修单 {number}</translation>
    </message>
    <message>
        <source>Print the service order</source>
        <translation>打印工程服务单</translation>
    </message>
    <message>
        <source>Order {number} is dispatched to {engineer}. Print its service order now?</source>
        <translation>报修单 {number} 已派给 {engineer}。现在打印工程服务单吗？</translation>
    </message>
    <message>
        <source>Engineering accepts order {number} now?</source>
        <translation>工程部现在接报修单 {number} 吗？</translation>
    </message>
    <message>
        <source>The work on order {number} passes the check? The customer is called back next.</source>
        <translation>报修单 {number} 的维修验收合格吗？之后回访客户。</translation>
    </message>
    <message numerus="yes">
        <source>Mark the signed paper copy returned for %n order(s): {numbers}?</source>
        <translation>
            <numerusform>将 %n 张单标记为已回单：{numbers}？</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank service order {number}</source>
        <translation>空白工程服务单 {number}</translation>
    </message>
    <message>
        <source>Service order {number}</source>
        <translation>工程服务单 {number}</translation>
    </message>
    <message>
        <source>Order {number} has its work recorded. Print the service order with what is recorded, or blank to fill in by hand?</source>
        <translation>报修单 {number} 已有维修记录。打印已记录内容的工程服务单，还是打印空白单手写填写？</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>按记录打印</translation>
    </message>
    <message>
        <source>Blank, for handwriting</source>
        <translation>空白（手写填写）</translation>
    </message>
    <message>
        <source>Preparing the monthly report…</source>
        <translation>正在生成维修月报…</translation>
    </message>
    <message>
        <source>Monthly repair report {month}</source>
        <translation>工程维修月报 {month}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间/位置</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Double-click or Enter opens an earlier order</source>
        <translation>双击或按 Enter 打开以往的报修单</translation>
    </message>
    <message>
        <source>Issue slip</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>录入时间</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Paper copy</source>
        <translation>纸质联</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接单时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修情况</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>所用材料</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Repair order {number}</source>
        <translation>报修单 {number}</translation>
    </message>
    <message>
        <source>{urgency} — {cause}</source>
        <translation>{urgency}——{cause}</translation>
    </message>
    <message>
        <source>Returned {time}</source>
        <translation>{time} 已回单</translation>
    </message>
    <message>
        <source>Not returned yet</source>
        <translation>未回单</translation>
    </message>
    <message>
        <source>{time} ({late} late)</source>
        <translation>{time}（超时 {late}）</translation>
    </message>
    <message>
        <source>{engineer}, dispatched {time}</source>
        <translation>{engineer}，{time} 派工</translation>
    </message>
    <message>
        <source>accept by {accept}, complete by {complete}</source>
        <translation>{accept} 前接单，{complete} 前完工</translation>
    </message>
    <message numerus="yes">
        <source>{time} (sent back %n time(s))</source>
        <translation>
            <numerusform>{time}（退回 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>修改：{fields}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>To {engineer}</source>
        <translation>派给 {engineer}</translation>
    </message>
    <message>
        <source>Materials issued from the store: {cost} yuan</source>
        <translation>仓库已发材料：{cost} 元</translation>
    </message>
    <message numerus="yes">
        <source>Other orders of this room or phone (the latest %n)</source>
        <translation>
            <numerusform>同一房间或电话的其他报修（最近 %n 张）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other orders of this room or phone (%n)</source>
        <translation>
            <numerusform>同一房间或电话的其他报修（%n 张）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>{low} to {high} characters</source>
        <translation>{low} 至 {high} 个字符</translation>
    </message>
</context>
<context>
    <name>PendingTab</name>
    <message>
        <source>“{title}” is not built yet. It arrives with its own issue; until then this tab is empty.</source>
        <translation>“{title}”功能尚在开发中，将在后续版本中提供；在此之前本页为空。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>enter records</source>
        <translation>录入记录</translation>
    </message>
    <message>
        <source>review records</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>approve and confirm</source>
        <translation>审批确认</translation>
    </message>
    <message>
        <source>sign issue slips</source>
        <translation>签批出库单</translation>
    </message>
    <message>
        <source>accept and complete repair work</source>
        <translation>接单并完成维修</translation>
    </message>
    <message>
        <source>keep the storeroom</source>
        <translation>管理仓库</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>修改服务中心设置</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看操作日志</translation>
    </message>
    <message>
        <source>back up the data</source>
        <translation>备份数据</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>register and edit repair orders</source>
        <translation>登记和修改报修单</translation>
    </message>
    <message>
        <source>dispatch repair orders</source>
        <translation>报修单派工</translation>
    </message>
    <message>
        <source>check completed repair work</source>
        <translation>验收已完工的维修</translation>
    </message>
    <message>
        <source>call customers back about repairs</source>
        <translation>报修回访</translation>
    </message>
    <message>
        <source>cancel repair orders</source>
        <translation>取消报修单</translation>
    </message>
    <message>
        <source>register and answer calls</source>
        <translation>登记和答复来电</translation>
    </message>
    <message>
        <source>register found items and loss reports</source>
        <translation>登记失物和报失</translation>
    </message>
    <message>
        <source>hand found items to their owners</source>
        <translation>将失物交还失主</translation>
    </message>
    <message>
        <source>dispose of unclaimed found items</source>
        <translation>处置无人认领的失物</translation>
    </message>
    <message>
        <source>see a visitor&apos;s full ID number</source>
        <translation>查看访客完整证件号码</translation>
    </message>
    <message>
        <source>register suggestions and opinions</source>
        <translation>登记建议/意见</translation>
    </message>
    <message>
        <source>confirm the day&apos;s suggestions</source>
        <translation>确认当日建议/意见</translation>
    </message>
    <message>
        <source>register visitors and sign them in and out</source>
        <translation>登记访客并办理进入和签退</translation>
    </message>
    <message>
        <source>inspect signs and record corrections</source>
        <translation>检查标识、登记整改</translation>
    </message>
    <message>
        <source>register sign requests and signs</source>
        <translation>登记标识申请和标识</translation>
    </message>
    <message>
        <source>approve sign requests</source>
        <translation>批准标识申请</translation>
    </message>
    <message>
        <source>keep the list of sign kinds</source>
        <translation>维护标识类别</translation>
    </message>
    <message>
        <source>register complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>record a complaint&apos;s handling</source>
        <translation>记录投诉处理</translation>
    </message>
    <message>
        <source>call customers back on complaints</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>judge, assign and cancel complaints</source>
        <translation>判定、分派及取消投诉</translation>
    </message>
    <message>
        <source>assign major complaints</source>
        <translation>分派重大投诉</translation>
    </message>
    <message>
        <source>record opinion consultations</source>
        <translation>登记意见咨询</translation>
    </message>
    <message>
        <source>follow up opinion consultations</source>
        <translation>跟进意见咨询</translation>
    </message>
    <message>
        <source>review opinion consultations</source>
        <translation>审核意见咨询</translation>
    </message>
    <message>
        <source>enter returned survey forms</source>
        <translation>录入回收的意见表</translation>
    </message>
    <message>
        <source>set up, open and close surveys</source>
        <translation>新建、开始和结束满意度调查</translation>
    </message>
    <message>
        <source>call customers back</source>
        <translation>回访客户</translation>
    </message>
    <message>
        <source>review callbacks (部长审核)</source>
        <translation>审核回访（部长审核）</translation>
    </message>
    <message>
        <source>keep vendors, contracts and criteria</source>
        <translation>管理外判单位、合同及考评标准</translation>
    </message>
    <message>
        <source>evaluate vendors and record defects</source>
        <translation>考评外判单位、登记整改</translation>
    </message>
    <message>
        <source>rule on vendors&apos; objections and settle the month</source>
        <translation>裁定外判单位异议及月度结算</translation>
    </message>
    <message>
        <source>follow vendors&apos; serious failures</source>
        <translation>跟进外判严重不合格</translation>
    </message>
</context>
<context>
    <name>PestCalendarSettings</name>
    <message>
        <source>Working days and office hours</source>
        <translation>工作日与办公时间</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Holidays (one day a line)</source>
        <translation>节假日（每行一天）</translation>
    </message>
    <message>
        <source>Weekend days worked (调休)</source>
        <translation>调休上班的周末</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Only the manager can change the calendar.</source>
        <translation>只有经理可以修改工作日历。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>PestView</name>
    <message>
        <source>Treatments</source>
        <translation>消杀记录</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>每月次数</translation>
    </message>
    <message>
        <source>Density reports</source>
        <translation>密度监测报告</translation>
    </message>
    <message>
        <source>Plan treatment</source>
        <translation>安排消杀</translation>
    </message>
    <message>
        <source>Plan one of the month&apos;s two treatments (Ctrl+N)</source>
        <translation>安排每月两次定期消杀之一（Ctrl+N）</translation>
    </message>
    <message>
        <source>On request…</source>
        <translation>应约消杀…</translation>
    </message>
    <message>
        <source>A treatment the office staff ask for, a working day ahead</source>
        <translation>办公人员要求的消杀，提前一个工作日通知承包商</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the treatment (Enter)</source>
        <translation>打开消杀记录（Enter）</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>施药完成…</translation>
    </message>
    <message>
        <source>Record the treatment done: when, where, the agent, the operator, the signature</source>
        <translation>登记施药完成：时间、区域、药剂、操作人、承包商签名</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Cancel the planned treatment with the reason</source>
        <translation>取消待施药的消杀并说明原因</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the month&apos;s record (病媒生物防治记录表)</source>
        <translation>打印当月病媒生物防治记录表</translation>
    </message>
    <message>
        <source>All contractors</source>
        <translation>全部承包商</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any callback</source>
        <translation>全部回访状态</translation>
    </message>
    <message>
        <source>Two scheduled treatments are due every month; a month ended short of them is red (deducted).</source>
        <translation>每月应定期消杀两次；月末不足两次的月份以红色显示（扣款）。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>承包商</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Record density report…</source>
        <translation>登记密度监测报告…</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Months ({n} short)</source>
        <translation>每月次数（{n} 个月不足）</translation>
    </message>
    <message>
        <source>Density reports ({n} overdue)</source>
        <translation>密度监测报告（{n} 份逾期）</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>逾期：{n}</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}：{status}</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>e.g. 财务部 张会计</source>
        <translation>如：财务部 张会计</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>where, which pests</source>
        <translation>地点、虫害种类</translation>
    </message>
    <message>
        <source>Planned on</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>施药区域</translation>
    </message>
    <message>
        <source>Treatment on request</source>
        <translation>应约消杀</translation>
    </message>
    <message>
        <source>Plan a treatment</source>
        <translation>安排消杀</translation>
    </message>
    <message>
        <source>The contractor is told a working day ahead: the earliest day is the next working day after the request.</source>
        <translation>须提前一个工作日通知承包商：最早安排在提出后的下一个工作日。</translation>
    </message>
    <message>
        <source>Two treatments a month, after office hours, on days agreed with the contractor.</source>
        <translation>每月两次，按与承包商约定的日期，在下班后施药。</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>施药时间</translation>
    </message>
    <message>
        <source>Agent used</source>
        <translation>药剂</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Contractor&apos;s signature</source>
        <translation>承包商签名</translation>
    </message>
    <message>
        <source>Treatment {number} done</source>
        <translation>消杀 {number} 施药完成</translation>
    </message>
    <message>
        <source>After office hours ({start}–{end}). The callback is due within two working days, from the reception tab&apos;s queue.</source>
        <translation>应在办公时间（{start}–{end}）以外施药。两个工作日内回访，在前台接待的回访队列中进行。</translation>
    </message>
    <message>
        <source>{kind}, planned on {day}, {status}.</source>
        <translation>{kind}，计划 {day}，{status}。</translation>
    </message>
    <message>
        <source>Asked for by {who}: {what}</source>
        <translation>{who} 提出：{what}</translation>
    </message>
    <message>
        <source>Redo of {number} (unsatisfied callback).</source>
        <translation>{number} 回访不满意后的再次杀虫。</translation>
    </message>
    <message>
        <source>Called back: {verdict}</source>
        <translation>回访：{verdict}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>Treatment {number}</source>
        <translation>消杀 {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel treatment {number}</source>
        <translation>取消消杀 {number}</translation>
    </message>
    <message>
        <source>Cancel the treatment</source>
        <translation>取消消杀</translation>
    </message>
    <message>
        <source>Plan another one: the month needs two.</source>
        <translation>请另行安排：每月需两次。</translation>
    </message>
    <message>
        <source>Pest control record {month}</source>
        <translation>病媒生物防治记录表 {month}</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>报告结论</translation>
    </message>
    <message>
        <source>Density report</source>
        <translation>密度监测报告</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>The document could not be read (error: {error}).</source>
        <translation>无法读取文档（错误：{error}）。</translation>
    </message>
    <message>
        <source>The printer {printer} could not be opened.</source>
        <translation>无法打开打印机 {printer}。</translation>
    </message>
    <message>
        <source>The printer stopped while printing.</source>
        <translation>打印过程中打印机停止工作。</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>打印{title}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>Cannot show the document</source>
        <translation>无法显示文档</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>The export could not be made ({error}).</source>
        <translation>导出失败（{error}）。</translation>
    </message>
    <message>
        <source>The printout could not be made ({error}).</source>
        <translation>打印失败（{error}）。</translation>
    </message>
    <message>
        <source>Please tell your administrator and give them the log file:
{path}</source>
        <translation>请告知系统管理员，并把日志文件交给他：
{path}</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>正在准备打印…</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>New receipt</source>
        <translation>新建入库单</translation>
    </message>
    <message>
        <source>Type a receipt from the supplier&apos;s delivery note (Ctrl+N)</source>
        <translation>按供应商送货单填写入库单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the receipt (Enter)</source>
        <translation>打开入库单（Enter）</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The manager confirms the receipt: its goods count in stock</source>
        <translation>经理确认入库单：物品计入库存</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Cancel the receipt with the reason; a confirmed one takes its goods back out of stock</source>
        <translation>注明原因作废入库单；已确认的入库单作废后物品从库存中冲回</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the receipt (入库单)</source>
        <translation>打印入库单</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>入库单 {number}</translation>
    </message>
    <message>
        <source>Own purchase only: the approved request&apos;s number</source>
        <translation>仅自行采购：已批准的申购单号</translation>
    </message>
    <message>
        <source>Receipt {number} — {status}</source>
        <translation>入库单 {number} — {status}</translation>
    </message>
    <message numerus="yes">
        <source>Confirm receipt {number} from {supplier}: %n line(s), {total} yuan?

Its goods count in stock from now on.</source>
        <translation>
            <numerusform>确认{supplier}的入库单 {number}：共 %n 行，{total} 元？

确认后物品即计入库存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Receipt {number} is confirmed: its goods go back out of stock, dated like the receipt. The receipt stays, marked cancelled.</source>
        <translation>入库单 {number} 已确认：作废后物品从库存中冲回，日期与原单相同。原单保留，标记为已作废。</translation>
    </message>
    <message>
        <source>The draft {number} ends here; its number stays, marked cancelled.</source>
        <translation>草稿 {number} 到此作废；单号保留，标记为已作废。</translation>
    </message>
</context>
<context>
    <name>Reception</name>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Special service</source>
        <translation>特约服务</translation>
    </message>
    <message>
        <source>Project service</source>
        <translation>专项服务</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Order made</source>
        <translation>已转报修</translation>
    </message>
    <message>
        <source>Suggestion made</source>
        <translation>已转建议</translation>
    </message>
    <message>
        <source>To register</source>
        <translation>投诉待登记</translation>
    </message>
    <message>
        <source>Complaint made</source>
        <translation>已转投诉</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Repair order</source>
        <translation>报修单</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Complaint calls to register: {count}</source>
        <translation>投诉来电待登记：{count}</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已送部门</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>部门已签收</translation>
    </message>
    <message>
        <source>Result recorded</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>电话总机</translation>
    </message>
    <message>
        <source>Reception post</source>
        <translation>接待岗</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>WeChat account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Complaints due today or late: {count}</source>
        <translation>投诉今日到期或超时：{count}</translation>
    </message>
    <message>
        <source>Complaints late: {count}</source>
        <translation>投诉超时：{count}</translation>
    </message>
    <message>
        <source>Visitors expected today: {count}</source>
        <translation>今日预约来访：{count}</translation>
    </message>
    <message>
        <source>Callbacks due today: {count}</source>
        <translation>今日待回访：{count}</translation>
    </message>
    <message>
        <source>Callbacks late: {count}</source>
        <translation>回访超时：{count}</translation>
    </message>
    <message>
        <source>Consultation answers due today or late: {count}</source>
        <translation>咨询今日待答复或超时：{count}</translation>
    </message>
    <message>
        <source>Consultation answers late: {count}</source>
        <translation>咨询答复超时：{count}</translation>
    </message>
    <message>
        <source>Telephone consultation this week not done: {count}</source>
        <translation>本周电话意见咨询未做：{count}</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>Visitors</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议/意见</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>拾遗</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>意见咨询</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>What is due today: click a number to list it</source>
        <translation>今日待办：点击数字列出明细</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>放弃本表单中已填写的内容吗？</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>请填写{label}。</translation>
    </message>
    <message>
        <source>{label} may be at most {limit} characters long (now {length}).</source>
        <translation>{label}最多 {limit} 个字符（现有 {length} 个）。</translation>
    </message>
    <message>
        <source>{label}: a phone number may contain only digits, spaces and hyphens.</source>
        <translation>{label}：电话号码只能包含数字、空格和连字符“-”。</translation>
    </message>
    <message>
        <source>{label} may contain only digits.</source>
        <translation>{label}只能填数字。</translation>
    </message>
    <message>
        <source>{label} must be a number, such as 12.50.</source>
        <translation>{label}须为数字，例如 12.50。</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label}须为整数。</translation>
    </message>
    <message>
        <source>{label} may have at most {places} decimal places.</source>
        <translation>{label}最多保留 {places} 位小数。</translation>
    </message>
    <message>
        <source>{label} is not a valid date; type it as 2024-05-01.</source>
        <translation>{label}不是有效日期，请按 2024-05-01 的格式填写。</translation>
    </message>
    <message>
        <source>{label} is not a valid date and time; type it as 2024-05-01 14:30.</source>
        <translation>{label}不是有效的日期时间，请按 2024-05-01 14:30 的格式填写。</translation>
    </message>
    <message>
        <source>{label} must lie in the years {first} to {last}; check the year.</source>
        <translation>{label}须在 {first} 年至 {last} 年之间，请检查年份。</translation>
    </message>
    <message>
        <source>Pick from a calendar (F4)</source>
        <translation>从日历中选择 (F4)</translation>
    </message>
</context>
<context>
    <name>RepairForms</name>
    <message>
        <source>Filled in from the room or phone when known</source>
        <translation>已知的房间或电话会自动填入</translation>
    </message>
    <message>
        <source>e.g. 1203 or B1 car park</source>
        <translation>例如 1203 或 B1 停车场</translation>
    </message>
    <message>
        <source>Phone or extension</source>
        <translation>电话或分机</translation>
    </message>
    <message>
        <source>Type or pick: 水, 电, 空调…</source>
        <translation>输入或选择：水、电、空调…</translation>
    </message>
    <message>
        <source>Urgent only: what stops the work (water cut, power cut…)</source>
        <translation>仅紧急：影响办公的原因（停水、停电…）</translation>
    </message>
    <message>
        <source>What is wrong, where exactly</source>
        <translation>什么问题，具体位置</translation>
    </message>
    <message>
        <source>When the customer reported it; change it when typing in a paper slip afterwards</source>
        <translation>客户报修的时间；补录纸质单时请改为实际时间</translation>
    </message>
    <message>
        <source>New repair order</source>
        <translation>新建报修单</translation>
    </message>
    <message>
        <source>Edit repair order {number}</source>
        <translation>修改报修单 {number}</translation>
    </message>
    <message>
        <source>Changes are kept in the order&apos;s timeline and the audit log.</source>
        <translation>修改会记入报修单的处理过程和操作日志。</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>维修人</translation>
    </message>
    <message>
        <source>Type or pick the engineer</source>
        <translation>输入或选择维修人</translation>
    </message>
    <message>
        <source>Dispatched at</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <source>Dispatch order {number}</source>
        <translation>派工：报修单 {number}</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>{location}: {content}</source>
        <translation>{location}：{content}</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>完工时间</translation>
    </message>
    <message>
        <source>When engineering finished, as they report it</source>
        <translation>工程部报告的完工时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>维修情况</translation>
    </message>
    <message>
        <source>Materials used</source>
        <translation>所用材料</translation>
    </message>
    <message>
        <source>Complete order {number}</source>
        <translation>完工：报修单 {number}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完工</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What is not right with the work</source>
        <translation>维修哪里不合格</translation>
    </message>
    <message>
        <source>Send order {number} back</source>
        <translation>退回报修单 {number}</translation>
    </message>
    <message>
        <source>The order goes back to engineering (in progress) with this reason.</source>
        <translation>报修单连同原因退回工程部（处理中）。</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Customer&apos;s verdict</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>One key: 1, 2 or 3</source>
        <translation>按一个键：1、2 或 3</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>What the customer said (required when unsatisfied)</source>
        <translation>客户的反馈（不满意时必填）</translation>
    </message>
    <message>
        <source>Call {reporter} ({phone}) about: {content}

“{unsatisfied}” reopens the order: it goes back to engineering (in progress).</source>
        <translation>回访 {reporter}（{phone}）：{content}

选择“{unsatisfied}”将重新打开报修单，退回工程部（处理中）。</translation>
    </message>
    <message>
        <source>Call back about order {number}</source>
        <translation>回访：报修单 {number}</translation>
    </message>
    <message>
        <source>Cancel order {number}</source>
        <translation>取消报修单 {number}</translation>
    </message>
    <message>
        <source>The order and its number stay, marked cancelled.</source>
        <translation>报修单及其单号保留，标记为已取消。</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>取消报修单</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Monthly repair report</source>
        <translation>工程维修月报</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>RepairLabels</name>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{late} late to dispatch</source>
        <translation>派工超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to accept</source>
        <translation>接单超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to complete</source>
        <translation>完工超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to check</source>
        <translation>验收超时 {late}</translation>
    </message>
    <message>
        <source>{late} late to call back</source>
        <translation>回访超时 {late}</translation>
    </message>
    <message>
        <source>Not dispatched in time: {late} late</source>
        <translation>未按时派工：超时 {late}</translation>
    </message>
    <message>
        <source>Not accepted in time: {late} late</source>
        <translation>未按时接单：超时 {late}</translation>
    </message>
    <message>
        <source>Not completed in time: {late} late</source>
        <translation>未按时完工：超时 {late}</translation>
    </message>
    <message>
        <source>Not checked in time: {late} late</source>
        <translation>未按时验收：超时 {late}</translation>
    </message>
    <message>
        <source>Not called back in time: {late} late</source>
        <translation>未按时回访：超时 {late}</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <source>Registered</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Paper copy returned</source>
        <translation>纸质单已交回</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Report time</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Department or company</source>
        <translation>部门或单位</translation>
    </message>
    <message>
        <source>Room or location</source>
        <translation>房号或位置</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报修人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>报修内容</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Cause of urgency</source>
        <translation>紧急原因</translation>
    </message>
</context>
<context>
    <name>RepairsSettingsPage</name>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>Save deadlines</source>
        <translation>保存时限</translation>
    </message>
    <message>
        <source>Deadlines (calendar time: nights and holidays count)</source>
        <translation>时限（按自然时间计，夜间和节假日照计）</translation>
    </message>
    <message>
        <source>Dispatch within (from the report)</source>
        <translation>派工时限（自报修起）</translation>
    </message>
    <message>
        <source>Accept within (from the report)</source>
        <translation>接单时限（自报修起）</translation>
    </message>
    <message>
        <source>Complete within (from the report)</source>
        <translation>完工时限（自报修起）</translation>
    </message>
    <message>
        <source>Check within (from the completion)</source>
        <translation>验收时限（自完工起）</translation>
    </message>
    <message>
        <source>Call back within (from the check)</source>
        <translation>回访时限（自验收起）</translation>
    </message>
    <message>
        <source>Accepting and completing: new orders get these and keep them. Dispatching, checking and calling back: every order is counted against them at once.</source>
        <translation>接单和完工时限：新登记的报修单按此计，并一直保留。派工、验收和回访时限：修改后立即对所有报修单生效。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Repair categories</source>
        <translation>报修类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>New repair category</source>
        <translation>新增报修类别</translation>
    </message>
    <message>
        <source>Rename repair category</source>
        <translation>报修类别改名</translation>
    </message>
</context>
<context>
    <name>RepairsTab</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>All urgencies</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <source>Papers not returned</source>
        <translation>未回单</translation>
    </message>
    <message>
        <source>未回单: dispatched orders whose signed paper copy engineering has not brought back. Select them and press “Paper returned”.</source>
        <translation>未回单：已派工但工程部尚未交回签字纸质联的报修单。选中后按“已回单”。</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}：{status}</translation>
    </message>
    <message>
        <source>Overdue: {overdue}</source>
        <translation>超时：{overdue}</translation>
    </message>
    <message>
        <source>Papers not returned: {papers}</source>
        <translation>未回单：{papers}</translation>
    </message>
    <message>
        <source>Click “Overdue” to list the overdue orders, the most late first</source>
        <translation>点击“超时”列出超时的报修单，超时最久的排在最前</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>截止日期早于起始日期。</translation>
    </message>
    <message>
        <source>Receipt register</source>
        <translation>物料入库记录表</translation>
    </message>
    <message>
        <source>Issue register</source>
        <translation>物料出库记录表</translation>
    </message>
    <message>
        <source>Stock summary</source>
        <translation>收发存汇总表</translation>
    </message>
    <message>
        <source>Under safety stock</source>
        <translation>低于安全库存</translation>
    </message>
    <message>
        <source>Stock ledger</source>
        <translation>物料帐</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <source>New request</source>
        <translation>新建申购单</translation>
    </message>
    <message>
        <source>Type a purchase request (Ctrl+N)</source>
        <translation>填写物品申购表（Ctrl+N）</translation>
    </message>
    <message>
        <source>Draft from low stock</source>
        <translation>按低库存生成</translation>
    </message>
    <message>
        <source>Draft a request for every item under its safety stock, up to twice the safety stock</source>
        <translation>为低于安全库存的物品生成申购单草稿，补足至安全库存的两倍</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the purchase request (Enter)</source>
        <translation>打开申购单（Enter）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>The manager approves the request</source>
        <translation>经理批准申购单</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Cancel the request with the reason</source>
        <translation>注明原因作废申购单</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the purchase request (物品申购表)</source>
        <translation>打印物品申购表</translation>
    </message>
    <message>
        <source>Purchase request {number}</source>
        <translation>申购单 {number}</translation>
    </message>
    <message>
        <source>New purchase request</source>
        <translation>新建申购单</translation>
    </message>
    <message>
        <source>Purchase request {number} — {status}</source>
        <translation>申购单 {number} — {status}</translation>
    </message>
    <message numerus="yes">
        <source>Approve purchase request {number}: %n line(s), about {total} yuan?

Its number may then be named on a receipt.</source>
        <translation>
            <numerusform>批准申购单 {number}：共 %n 行，约 {total} 元？

批准后可在入库单上填写此单号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase request {number} can no longer be named on a receipt; it stays, marked cancelled.</source>
        <translation>申购单 {number} 作废后不能再填在入库单上；原单保留，标记为已作废。</translation>
    </message>
</context>
<context>
    <name>ResultsGrid</name>
    <message>
        <source>Results — inspection {number}</source>
        <translation>检查结果 — {number}</translation>
    </message>
    <message>
        <source>Type one key per sign from the sheet (the keys are in the header); the cursor goes down by itself. Enter skips a sign, Delete clears it, the remark column takes text. Ctrl+S saves.</source>
        <translation>按检查表每块标识按一个键（按键见表头），光标自动下移。回车跳过，Delete 清除，备注栏可输入文字。Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation>只读。</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{done} of {lines} sign(s) have a result · {failed} failed</source>
        <translation>已录入 {done} / {lines} 块 · 不合格 {failed} 块</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Result ({keys})</source>
        <translation>结果（{keys}）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>客服文员</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>当值</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>Storekeeper</source>
        <translation>仓管员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Property director</source>
        <translation>物业总监</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Repair orders</source>
        <translation>报修单</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Office name (printed on every form)</source>
        <translation>服务中心名称（打印在各类表单上）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Temporary password for {name} (they must change it at the next login)</source>
        <translation>{name}的临时密码（下次登录时须修改）</translation>
    </message>
    <message>
        <source>User list</source>
        <translation>用户列表</translation>
    </message>
    <message>
        <source>Interface language of this desk</source>
        <translation>本机界面语言</translation>
    </message>
    <message>
        <source>The new language takes effect when FrontDesk starts again.</source>
        <translation>新的语言将在物业客服台重新启动后生效。</translation>
    </message>
    <message>
        <source>Reception log</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Sign requests</source>
        <translation>标识申请</translation>
    </message>
    <message>
        <source>Vendor scoring</source>
        <translation>外判考评</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>New vendor…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <source>Add a vendor (Ctrl+N)</source>
        <translation>新增外判单位 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Change the selected vendor (F2, Enter)</source>
        <translation>修改所选外判单位 (F2、回车)</translation>
    </message>
    <message>
        <source>Contract…</source>
        <translation>合同…</translation>
    </message>
    <message>
        <source>The selected vendor&apos;s contract in force today (or its latest); a new one when it has none or the last has ended</source>
        <translation>所选单位今日有效（或最近）的合同；没有合同或上一合同已到期时新建合同</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>新合同…</translation>
    </message>
    <message>
        <source>The selected vendor&apos;s next contract, from the day after its latest one ends</source>
        <translation>所选单位的下一份合同，自最近一份合同到期次日起</translation>
    </message>
    <message>
        <source>Fee bands…</source>
        <translation>费用档次…</translation>
    </message>
    <message>
        <source>The fee bands of the selected vendor&apos;s contract</source>
        <translation>所选单位合同的费用档次</translation>
    </message>
    <message>
        <source>Criteria templates…</source>
        <translation>考评标准…</translation>
    </message>
    <message>
        <source>The items each sheet scores, by area; points add to 100</source>
        <translation>各考评表按区域列出的考评项目；分值合计 100 分</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>外判单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Lead on site (signs the sheets)</source>
        <translation>现场负责人（考评确认签字）</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Vendor {name}</source>
        <translation>外判单位 {name}</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>新增外判单位</translation>
    </message>
    <message>
        <source>Deduction per failed check</source>
        <translation>每次检查不合格扣款</translation>
    </message>
    <message>
        <source>Deduction per late defect</source>
        <translation>每项逾期整改扣款</translation>
    </message>
    <message>
        <source>Deduction per missed treatment</source>
        <translation>每次缺少消杀扣款</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Monthly fee (yuan)</source>
        <translation>月服务费（元）</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>考评标准</translation>
    </message>
    <message>
        <source>… as % of the monthly fee</source>
        <translation>…按月服务费百分比</translation>
    </message>
    <message>
        <source>Serious failure below score</source>
        <translation>低于此分为严重不合格</translation>
    </message>
    <message>
        <source>A sheet scored under this line is 严重不合格 (0: only the items marked serious)</source>
        <translation>考评得分低于此线为严重不合格（0：仅以标为严重的项目判定）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contract {number} of {vendor}</source>
        <translation>{vendor} 的合同 {number}</translation>
    </message>
    <message>
        <source>New contract of {vendor}</source>
        <translation>{vendor} 的新合同</translation>
    </message>
    <message>
        <source>A new contract gets the default fee bands (≥90 full fee, 80–89 −3 %, 70–79 −8 %, under 70 −15 % and a warning); change them under Fee bands.</source>
        <translation>新合同采用默认费用档次（90分及以上全额支付，80–89分扣3%，70–79分扣8%，70分以下扣15%并书面警告）；可在“费用档次”中修改。</translation>
    </message>
    <message>
        <source>Fee bands</source>
        <translation>费用档次</translation>
    </message>
    <message>
        <source>{vendor} has no contract yet; add its contract first.</source>
        <translation>{vendor} 尚无合同；请先新增合同。</translation>
    </message>
</context>
<context>
    <name>SignInspections</name>
    <message>
        <source>OK</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>位置不当</translation>
    </message>
    <message>
        <source>Content unsuitable</source>
        <translation>内容不合理</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>检查中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度检查</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>部门自查</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>在挂</translation>
    </message>
    <message>
        <source>Taken down</source>
        <translation>已撤下</translation>
    </message>
</context>
<context>
    <name>SignKindsSection</name>
    <message>
        <source>Sign kinds</source>
        <translation>标识类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>New sign kind</source>
        <translation>新增标识类别</translation>
    </message>
    <message>
        <source>Rename sign kind</source>
        <translation>标识类别改名</translation>
    </message>
</context>
<context>
    <name>SignRegistryView</name>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Correct the selected sign&apos;s place, size, material or state (Enter)</source>
        <translation>修改所选标识的位置、尺寸、材质或状态（回车）</translation>
    </message>
    <message>
        <source>Request a replacement</source>
        <translation>申请更换</translation>
    </message>
    <message>
        <source>Draft a request for a new sign in place of the selected one</source>
        <translation>为所选标识起草一份更换申请</translation>
    </message>
    <message>
        <source>Print the department&apos;s registry</source>
        <translation>打印部门一览表</translation>
    </message>
    <message>
        <source>部门标识管理一览表 of the department chosen in the filter (or of the selected sign)</source>
        <translation>打印筛选所选部门（或所选标识所属部门）的部门标识管理一览表</translation>
    </message>
    <message>
        <source>Download import template…</source>
        <translation>下载导入模板…</translation>
    </message>
    <message>
        <source>Save the spreadsheet to fill in with the signs already on the walls</source>
        <translation>保存用于填写现有标识的表格</translation>
    </message>
    <message>
        <source>Import from .xlsx…</source>
        <translation>从 .xlsx 导入…</translation>
    </message>
    <message>
        <source>Add the signs of a filled-in import template to the registry</source>
        <translation>把填好的导入模板中的标识加入一览表</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>全部楼层</translation>
    </message>
    <message>
        <source>Sign text</source>
        <translation>标识内容</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>房间/位置</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>e.g. 300×100mm</source>
        <translation>如 300×100mm</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>e.g. 不锈钢, 亚克力</source>
        <translation>如 不锈钢、亚克力</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{kind} sign of {department}; in the registry from {source}.</source>
        <translation>{department}的{kind}标识；来源：{source}。</translation>
    </message>
    <message>
        <source>Sign {number}</source>
        <translation>标识 {number}</translation>
    </message>
    <message>
        <source>Replacement requested</source>
        <translation>已申请更换</translation>
    </message>
    <message>
        <source>Draft request {number} names sign {sign}; complete it and submit it under Requests. Installing it retires the old sign.</source>
        <translation>已起草更换标识 {sign} 的申请 {number}；请在“标识申请”中补全并提交。安装后原标识自动撤除。</translation>
    </message>
    <message>
        <source>Choose the department in the filter first.</source>
        <translation>请先在筛选中选择部门。</translation>
    </message>
    <message>
        <source>Sign registry of {department}</source>
        <translation>{department}标识管理一览表</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>The template is saved as {path}.

Fill in one sign per row (the second sheet explains the columns), then import it here.</source>
        <translation>模板已保存为 {path}。

每行填写一个标识（第二个工作表有各列说明），然后在这里导入。</translation>
    </message>
    <message>
        <source>Import signs from a workbook</source>
        <translation>从工作簿导入标识</translation>
    </message>
    <message>
        <source>Importing signs…</source>
        <translation>正在导入标识…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n sign(s) imported from {file}.</source>
        <translation>
            <numerusform>已从 {file} 导入 %n 个标识。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignRequestsView</name>
    <message>
        <source>New request</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>Type a department&apos;s sign request (Ctrl+N)</source>
        <translation>录入部门的标识申请（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the request (Enter)</source>
        <translation>打开申请（回车）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Change the draft request</source>
        <translation>修改草稿申请</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Hand the request in for the manager&apos;s approval</source>
        <translation>提交经理审批</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>经物业服务中心批准: customer service may make it</source>
        <translation>经物业服务中心批准：客服部可以制作</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>不予批准…</translation>
    </message>
    <message>
        <source>Refuse the request, saying why</source>
        <translation>不予批准，并说明原因</translation>
    </message>
    <message>
        <source>Into production</source>
        <translation>制作</translation>
    </message>
    <message>
        <source>Customer service has the sign made</source>
        <translation>客服部安排制作标识</translation>
    </message>
    <message>
        <source>Installed…</source>
        <translation>已安装…</translation>
    </message>
    <message>
        <source>The sign is up: record when and by whom; it enters the registry</source>
        <translation>标识已安装：登记安装日期和安装人，并记入一览表</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Cancel the request with the reason</source>
        <translation>注明原因作废申请</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the request (标识申请表)</source>
        <translation>打印标识申请表</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>{number}: {status}</source>
        <translation>{number}：{status}</translation>
    </message>
    <message>
        <source>Sign request {number}</source>
        <translation>标识申请 {number}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>申请部门</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sign text</source>
        <translation>标识内容</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>e.g. 300×100mm</source>
        <translation>如 300×100mm</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room or place</source>
        <translation>房间/位置</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>需用日期</translation>
    </message>
    <message>
        <source>New sign request</source>
        <translation>新建标识申请</translation>
    </message>
    <message>
        <source>Sign request {number} — {status}</source>
        <translation>标识申请 {number} — {status}</translation>
    </message>
    <message>
        <source>Replaces sign {sign}: installing this request retires it.</source>
        <translation>更换标识 {sign}：本申请安装后原标识撤除。</translation>
    </message>
    <message>
        <source>Replaces sign {sign}.</source>
        <translation>更换标识 {sign}。</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>未批准：{reason}</translation>
    </message>
    <message>
        <source>Cancelled: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Installed on {day} by {who} as sign {sign}.</source>
        <translation>{day} 由{who}安装，登记编号 {sign}。</translation>
    </message>
    <message>
        <source>Submit request {number} of {department} for the manager&apos;s approval? It can no longer be changed.</source>
        <translation>把{department}的申请 {number} 提交经理审批？提交后不能再修改。</translation>
    </message>
    <message>
        <source>Approve request {number}: {quantity} × “{text}” for {department}?</source>
        <translation>批准申请 {number}：为{department}制作“{text}” {quantity} 块？</translation>
    </message>
    <message>
        <source>Put request {number} into production?</source>
        <translation>申请 {number} 开始制作？</translation>
    </message>
    <message>
        <source>Reject sign request {number}</source>
        <translation>不予批准标识申请 {number}</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>The department is told the reason.</source>
        <translation>原因将告知申请部门。</translation>
    </message>
    <message>
        <source>Cancel sign request {number}</source>
        <translation>作废标识申请 {number}</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>作废申请</translation>
    </message>
    <message>
        <source>The request stays, marked cancelled.</source>
        <translation>申请保留，标记为已作废。</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>安装日期</translation>
    </message>
    <message>
        <source>Put up by</source>
        <translation>安装人</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>e.g. 不锈钢, 亚克力</source>
        <translation>如 不锈钢、亚克力</translation>
    </message>
    <message>
        <source>{quantity} × “{text}” at {place} enters the registry of {department}.</source>
        <translation>“{text}” {quantity} 块，位置 {place}，记入{department}的标识一览表。</translation>
    </message>
    <message>
        <source>Sign {sign} is retired (已撤除).</source>
        <translation>原标识 {sign} 改为已撤除。</translation>
    </message>
    <message>
        <source>Sign request {number} installed</source>
        <translation>标识申请 {number} 安装登记</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
</context>
<context>
    <name>Signage</name>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>To be corrected</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已撤除</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>制作中</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>{days} d late</source>
        <translation>逾期 {days} 天</translation>
    </message>
</context>
<context>
    <name>SignageTab</name>
    <message>
        <source>Signs</source>
        <translation>标识一览</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>标识申请</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>标识检查</translation>
    </message>
</context>
<context>
    <name>StepsToolbar</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Needs {roles}: they type their login name and password at this desk.</source>
        <translation>需{roles}在本机输入其本人的登录名和密码。</translation>
    </message>
</context>
<context>
    <name>StocktakesView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Start stocktake…</source>
        <translation>开始盘点…</translation>
    </message>
    <message>
        <source>Print count sheets</source>
        <translation>打印盘点表</translation>
    </message>
    <message>
        <source>Enter counts…</source>
        <translation>录入盘点数…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <source>Print stocktake record</source>
        <translation>打印物料盘点记录表</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Freeze the books and start counting a month (storekeeper)</source>
        <translation>冻结账面，开始盘点某月（仓管员）</translation>
    </message>
    <message>
        <source>The blind count sheets, in shelf order: no book quantities</source>
        <translation>盲盘表，按货位顺序，不显示账面数量</translation>
    </message>
    <message>
        <source>Type the counts from the sheets; recount the flagged lines (storekeeper; Enter on a row opens it too)</source>
        <translation>按盘点表录入实盘数，复盘标记行（仓管员；在列表行上按回车也可打开）</translation>
    </message>
    <message>
        <source>Print the 物料盘点记录表</source>
        <translation>打印物料盘点记录表</translation>
    </message>
    <message>
        <source>Cancel an open stocktake started by mistake, with the reason</source>
        <translation>作废误开的盘点单，需填写原因</translation>
    </message>
    <message>
        <source>Closed through {month}</source>
        <translation>已结账至 {month}</translation>
    </message>
    <message>
        <source>No month closed yet</source>
        <translation>尚无结账月份</translation>
    </message>
    <message>
        <source>closed up to {moment} (stocktake {number})</source>
        <translation>已结账至 {moment}（盘点单 {number}）</translation>
    </message>
    <message>
        <source>no stocktake open</source>
        <translation>无进行中的盘点</translation>
    </message>
    <message>
        <source>stocktake {number} of {month} open: {counted} of {lines} line(s) counted</source>
        <translation>{month} 盘点单 {number} 进行中：已盘 {counted}/{lines} 行</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Select a stocktake in the list first.</source>
        <translation>请先在列表中选择一张盘点单。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Only the category</source>
        <translation>仅盘类别</translation>
    </message>
    <message>
        <source>Leave empty to count every category</source>
        <translation>留空则盘点所有类别</translation>
    </message>
    <message>
        <source>Only the location</source>
        <translation>仅盘货位</translation>
    </message>
    <message>
        <source>Leave empty to count every location</source>
        <translation>留空则盘点所有货位</translation>
    </message>
    <message>
        <source>Quarterly full count</source>
        <translation>季度全面盘点</translation>
    </message>
    <message>
        <source>The whole center counts everything: every item</source>
        <translation>全中心盘点全部物品</translation>
    </message>
    <message>
        <source>Counted by (盘点人)</source>
        <translation>盘点人</translation>
    </message>
    <message>
        <source>Recounted by (复盘人)</source>
        <translation>复盘人</translation>
    </message>
    <message>
        <source>Supervised by (监盘人)</source>
        <translation>监盘人</translation>
    </message>
    <message>
        <source>Start a stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>The books of every item in scope are frozen now; count the shelves against the printed sheets. Leave the category and the location empty to count every item; the quarterly count covers them all.</source>
        <translation>范围内每种物品的账面数量将于此刻冻结；请按打印的盘点表清点货架。类别和货位留空即盘点全部物品；季度盘点涵盖全部物品。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stocktake {number} is approved: the books are closed up to {moment}. Print the stocktake record now?</source>
        <translation>盘点单 {number} 已审批，账目已结至 {moment}。现在打印物料盘点记录表吗？</translation>
    </message>
    <message>
        <source>Approve the stocktake of {month}? {month} has ended: it is closed entirely, nothing can be dated in it or before it.</source>
        <translation>审批 {month} 的盘点吗？{month} 已过完，将整月结账：该月及以前的日期不能再记任何单据。</translation>
    </message>
    <message>
        <source>Approve the stocktake of {month}? The books up to {moment} are closed: nothing can be dated at or before it. {month} stays open after that moment until it ends.</source>
        <translation>审批 {month} 的盘点吗？账目将结至 {moment}：此时刻及以前不能再记任何单据。{month} 在此时刻之后仍可记账，直到月末。</translation>
    </message>
    <message>
        <source>Stocktake {number}</source>
        <translation>盘点单 {number}</translation>
    </message>
    <message>
        <source>Post the gains and losses and close the books up to the count (manager)</source>
        <translation>盘盈盘亏入账，账目结至盘点时刻（经理）</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake {number} of {month} started with %n line(s). Print the count sheets now?</source>
        <translation>
            <numerusform>{month} 盘点单 {number} 已开始，共 %n 行。现在打印盘点表吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Count sheets {number}</source>
        <translation>盘点表 {number}</translation>
    </message>
    <message>
        <source>Approve stocktake {number}</source>
        <translation>审批盘点单 {number}</translation>
    </message>
    <message>
        <source>Stocktake record {number}</source>
        <translation>物料盘点记录表 {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cancel stocktake {number}</source>
        <translation>作废盘点单 {number}</translation>
    </message>
    <message>
        <source>Nothing was posted and no month is closed; the stocktake and its number stay, marked cancelled.</source>
        <translation>未入账，也未结账；盘点单及其编号保留，标记为已作废。</translation>
    </message>
    <message>
        <source>Cancel the stocktake</source>
        <translation>作废盘点单</translation>
    </message>
</context>
<context>
    <name>SuggestionsView</name>
    <message>
        <source>New suggestion</source>
        <translation>登记建议</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Send to department</source>
        <translation>送部门</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>部门签收</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>打印记录表</translation>
    </message>
    <message>
        <source>Month&apos;s summary</source>
        <translation>月度汇总</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Confirmed late</source>
        <translation>超时确认</translation>
    </message>
    <message>
        <source>Not confirmed in time: {count}</source>
        <translation>未按时确认：{count} 条</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Suggestion or opinion</source>
        <translation>建议/意见内容</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Suggestion {number}</source>
        <translation>建议 {number}</translation>
    </message>
    <message>
        <source>New suggestion or opinion</source>
        <translation>登记建议/意见</translation>
    </message>
    <message>
        <source>confirmed {time}</source>
        <translation>{time} 已确认</translation>
    </message>
    <message>
        <source>signed by {name} on {date}</source>
        <translation>{name} 于 {date} 签收</translation>
    </message>
    <message>
        <source>Send suggestion {number}</source>
        <translation>送交建议 {number}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Department&apos;s acknowledgement of {number}</source>
        <translation>建议 {number} 的部门签收</translation>
    </message>
    <message>
        <source>Result of suggestion {number}</source>
        <translation>建议 {number} 的处理结果</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Suggestions register</source>
        <translation>建议/意见记录表</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Month&apos;s summary of suggestions</source>
        <translation>建议/意见月度汇总</translation>
    </message>
    <message>
        <source>Suggestions {month}</source>
        <translation>建议/意见 {month}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Hide items with no stock and no movement</source>
        <translation>隐藏无库存且无发生额的物品</translation>
    </message>
    <message>
        <source>Print and Export follow this choice</source>
        <translation>打印和导出也按此选择</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Receiving department</source>
        <translation>领料部门</translation>
    </message>
    <message>
        <source>Issue slips</source>
        <translation>领料单数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>领用金额</translation>
    </message>
    <message>
        <source>Consumption by receiving department (from the signed issue slips)</source>
        <translation>部门领用（按已签字的出库单）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Opening qty</source>
        <translation>期初数量</translation>
    </message>
    <message>
        <source>Opening value</source>
        <translation>期初金额</translation>
    </message>
    <message>
        <source>In qty</source>
        <translation>入库数量</translation>
    </message>
    <message>
        <source>In value</source>
        <translation>入库金额</translation>
    </message>
    <message>
        <source>Out qty</source>
        <translation>出库数量</translation>
    </message>
    <message>
        <source>Out value</source>
        <translation>出库金额</translation>
    </message>
    <message>
        <source>Gain qty</source>
        <translation>盘盈数量</translation>
    </message>
    <message>
        <source>Gain value</source>
        <translation>盘盈金额</translation>
    </message>
    <message>
        <source>Loss qty</source>
        <translation>盘亏数量</translation>
    </message>
    <message>
        <source>Loss value</source>
        <translation>盘亏金额</translation>
    </message>
    <message>
        <source>Closing qty</source>
        <translation>期末数量</translation>
    </message>
    <message>
        <source>Closing value</source>
        <translation>期末金额</translation>
    </message>
    <message>
        <source>Summing up {month}…</source>
        <translation>正在汇总 {month}…</translation>
    </message>
    <message>
        <source>Subtotal {category}</source>
        <translation>{category} 小计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s). Subtotals add values only: quantities of different units are not added.</source>
        <translation>
            <numerusform>共 %n 种物品。小计只合计金额：不同单位的数量不相加。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was in stock or moved in {month}.</source>
        <translation>{month} 无库存，也无收发。</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>正在准备汇总表…</translation>
    </message>
    <message>
        <source>Stock summary {month}</source>
        <translation>收发存汇总表 {month}</translation>
    </message>
    <message>
        <source>Export the stock summary</source>
        <translation>导出收发存汇总表</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>The stock summary of {month} was saved to
{path}</source>
        <translation>{month} 的收发存汇总表已保存到
{path}</translation>
    </message>
</context>
<context>
    <name>SurveyGrid</name>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Returned forms — survey {number} ({title})</source>
        <translation>录入意见表 — 调查 {number}（{title}）</translation>
    </message>
    <message>
        <source>One row per returned form. Type each item&apos;s rating: 1 satisfied, 2 fairly satisfied, 3 dissatisfied, 0 not answered — the cursor moves right. Then the company, room and opinion if written (Enter skips them). Enter: the next form. Ctrl+S saves.</source>
        <translation>每份回收的意见表一行。逐项键入评价：1 满意，2 基本满意，3 不满意，0 未答——光标自动右移。然后是单位、房间和客户意见（如有；回车跳过）。回车：下一份。Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Read only: {status}.</source>
        <translation>只读：{status}。</translation>
    </message>
    <message>
        <source>Remove form (Ctrl+Del)</source>
        <translation>删除该份 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Forms {count} of {sent} sent out</source>
        <translation>已录入 {count} 份（发放 {sent} 份）</translation>
    </message>
    <message numerus="yes">
        <source>%n not saved</source>
        <translation>
            <numerusform>%n 份未保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved forms</source>
        <translation>意见表未保存</translation>
    </message>
    <message>
        <source>Save the forms typed before closing?</source>
        <translation>关闭前保存已录入的意见表吗？</translation>
    </message>
</context>
<context>
    <name>SurveyResultDialog</name>
    <message>
        <source>Result — survey {number} ({title})</source>
        <translation>调查结果 — {number}（{title}）</translation>
    </message>
    <message>
        <source>({change} points since the previous survey)</source>
        <translation>（较上次 {change} 个百分点）</translation>
    </message>
    <message>
        <source>{status} · forms sent out {sent}, returned {returned} ({rate}) · overall satisfaction {overall}</source>
        <translation>{status} · 发放 {sent} 份，回收 {returned} 份（{rate}）· 总的满意率 {overall}</translation>
    </message>
    <message>
        <source>Compared with survey {number} ({period}).</source>
        <translation>与调查 {number}（{period}）对比。</translation>
    </message>
    <message>
        <source>No earlier survey to compare with.</source>
        <translation>无上次调查可比。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Print result sheet (Ctrl+P)</source>
        <translation>打印结果报告 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未答</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Survey result {number}</source>
        <translation>满意度调查结果 {number}</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open for entry</source>
        <translation>录入中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>供电管理</translation>
    </message>
    <message>
        <source>Water supply</source>
        <translation>供水管理</translation>
    </message>
    <message>
        <source>Fire safety</source>
        <translation>消防安全管理</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>卫生管理</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>绿化管理</translation>
    </message>
    <message>
        <source>Public facilities</source>
        <translation>公共设施管理</translation>
    </message>
    <message>
        <source>Repair service</source>
        <translation>维修服务</translation>
    </message>
    <message>
        <source>Special services</source>
        <translation>特约服务</translation>
    </message>
    <message>
        <source>Dedicated services</source>
        <translation>专项服务</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>1 Yes</source>
        <translation>1 满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>2 Fair</source>
        <translation>2 基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>3 No</source>
        <translation>3 不满意</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未答</translation>
    </message>
    <message>
        <source>0 —</source>
        <translation>0 未答</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>New survey</source>
        <translation>新建调查</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Open for entry</source>
        <translation>开始录入</translation>
    </message>
    <message>
        <source>Enter forms</source>
        <translation>录入意见表</translation>
    </message>
    <message>
        <source>Close survey</source>
        <translation>结束调查</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>空白意见表</translation>
    </message>
    <message>
        <source>Set up a survey: its half-year, the day sent out, forms sent</source>
        <translation>新建调查：半年度、发放日期、发放份数</translation>
    </message>
    <message>
        <source>The forms are out: let the desk enter the returned ones</source>
        <translation>意见表已发出：前台可录入回收的意见表</translation>
    </message>
    <message>
        <source>Type the returned forms in the grid, one row per form</source>
        <translation>在表格中录入回收的意见表，每份一行</translation>
    </message>
    <message>
        <source>Close the survey: its result is frozen</source>
        <translation>结束调查：调查结果随之固定</translation>
    </message>
    <message>
        <source>The result compared with the previous survey, and its sheet</source>
        <translation>调查结果（与上次对比）及结果报告</translation>
    </message>
    <message>
        <source>The blank survey form to hand out</source>
        <translation>打印发放用的空白意见表</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n survey(s) so far</source>
        <translation>
            <numerusform>{year} 年：目前 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{year}: %n survey(s)</source>
        <translation>
            <numerusform>{year} 年：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>At least two surveys a year — short: {years}</source>
        <translation>每年至少两次调查——不足：{years}</translation>
    </message>
    <message>
        <source>Survey form {number}</source>
        <translation>客户意见调查表 {number}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>调查名称</translation>
    </message>
    <message>
        <source>Sent out on</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>半年度</translation>
    </message>
    <message>
        <source>Forms sent out</source>
        <translation>发放份数</translation>
    </message>
    <message>
        <source>{year} {half} customer satisfaction survey</source>
        <translation>{year}年{half}客户满意度调查</translation>
    </message>
    <message>
        <source>New satisfaction survey</source>
        <translation>新建满意度调查</translation>
    </message>
    <message>
        <source>Survey {number}</source>
        <translation>调查 {number}</translation>
    </message>
    <message>
        <source>Remarks for the departments</source>
        <translation>整改意见</translation>
    </message>
    <message>
        <source>Close survey {number}</source>
        <translation>结束调查 {number}</translation>
    </message>
    <message>
        <source>{returned} forms returned of {sent}; overall satisfaction {overall}. Closing freezes the result.</source>
        <translation>发放 {sent} 份，回收 {returned} 份；总的满意率 {overall}。结束后调查结果固定。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>考评标准</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重项</translation>
    </message>
    <message>
        <source>Criteria templates</source>
        <translation>考评标准</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考评表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Vendor kind</source>
        <translation>外判类别</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>考评类型</translation>
    </message>
    <message>
        <source>(a new template)</source>
        <translation>（新建考评标准）</translation>
    </message>
    <message>
        <source>Version {version}. Saving makes version {next}; sheets already made keep their own copy.</source>
        <translation>第 {version} 版。保存后生成第 {next} 版；已做的考评表保留原有项目。</translation>
    </message>
    <message>
        <source>A new template: choose its vendor kind and sheet.</source>
        <translation>新建考评标准：请选择外判类别和考评类型。</translation>
    </message>
    <message>
        <source>Points: a number is wrong</source>
        <translation>分值：有数字填写错误</translation>
    </message>
    <message>
        <source>Points: {total} of 100</source>
        <translation>分值：{total} / 100</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The user must change this password at the first login.</source>
        <translation>用户首次登录时须修改此密码。</translation>
    </message>
</context>
<context>
    <name>VendorKindsSection</name>
    <message>
        <source>Vendor kinds</source>
        <translation>外判类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>New vendor kind</source>
        <translation>新增外判类别</translation>
    </message>
    <message>
        <source>Rename vendor kind</source>
        <translation>重命名外判类别</translation>
    </message>
</context>
<context>
    <name>Vendors</name>
    <message>
        <source>Daily round</source>
        <translation>日常考评</translation>
    </message>
    <message>
        <source>Weekly check</source>
        <translation>周检</translation>
    </message>
    <message>
        <source>Systematic evaluation</source>
        <translation>系统考评</translation>
    </message>
    <message>
        <source>Month-end full check</source>
        <translation>月检</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>To be confirmed by the vendor</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Objection to rule on</source>
        <translation>有异议</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>To be fixed</source>
        <translation>待整改</translation>
    </message>
    <message>
        <source>Vendor replied, to re-inspect</source>
        <translation>待复查</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Failed re-inspection</source>
        <translation>复查不合格</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小时{minutes}分</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
    <message>
        <source>{late} late</source>
        <translation>逾期{late}</translation>
    </message>
    <message>
        <source>Minor (1 hour)</source>
        <translation>轻微（1小时内）</translation>
    </message>
    <message>
        <source>Work ticket</source>
        <translation>报事单</translation>
    </message>
    <message>
        <source>Approved, to be confirmed by the vendor</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Confirmed by the vendor</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Fee band</source>
        <translation>档次扣减</translation>
    </message>
    <message>
        <source>Failed check</source>
        <translation>检查不合格</translation>
    </message>
    <message>
        <source>Defect not fixed in time</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Pest treatment missed</source>
        <translation>消杀次数不足</translation>
    </message>
    <message>
        <source>The calendar month</source>
        <translation>自然月</translation>
    </message>
    <message>
        <source>The 26th of the month before to the 25th</source>
        <translation>上月26日至本月25日</translation>
    </message>
    <message>
        <source>{days} d late</source>
        <translation>迟 {days} 天</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定期</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>应约</translation>
    </message>
    <message>
        <source>Redone (unsatisfied)</source>
        <translation>返工（不满意）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>待施药</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已施药</translation>
    </message>
    <message>
        <source>Serious failures open: {count}</source>
        <translation>严重不合格未关闭：{count}</translation>
    </message>
    <message>
        <source>Waiting for the vendor&apos;s signature: {count}</source>
        <translation>待外判方签认：{count}</translation>
    </message>
    <message>
        <source>Objections to rule on: {count}</source>
        <translation>待裁定异议：{count}</translation>
    </message>
    <message>
        <source>Defects due today: {count}</source>
        <translation>今日到期整改：{count}</translation>
    </message>
    <message>
        <source>Late: {count}</source>
        <translation>已超时：{count}</translation>
    </message>
    <message>
        <source>Density reports overdue: {count}</source>
        <translation>密度报告逾期：{count}</translation>
    </message>
    <message>
        <source>Months waiting for the manager: {count}</source>
        <translation>待经理处理的月度结算：{count}</translation>
    </message>
</context>
<context>
    <name>VendorsTab</name>
    <message>
        <source>Evaluations</source>
        <translation>考评</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Pest control</source>
        <translation>消杀</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度结算</translation>
    </message>
    <message>
        <source>Vendors and contracts</source>
        <translation>单位与合同</translation>
    </message>
    <message>
        <source>What is due today: click a number to list it</source>
        <translation>今日待办：点击数字列出明细</translation>
    </message>
</context>
<context>
    <name>VisitorForms</name>
    <message>
        <source>Whom the visitor comes to see</source>
        <translation>访客要见的人</translation>
    </message>
    <message>
        <source>Filled in from the host when known</source>
        <translation>已知被访人时自动填写</translation>
    </message>
    <message>
        <source>Only if the visitor shows a paper</source>
        <translation>访客出示证件时填写</translation>
    </message>
    <message>
        <source>A walk-in: when the visitor came. An appointment: when the visitor is expected.</source>
        <translation>突然来访：访客到达的时间。电话预约：访客预计到达的时间。</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Edit visit {number}</source>
        <translation>修改来访单 {number}</translation>
    </message>
    <message>
        <source>The ID number on file ({masked}) is kept unless you type another.</source>
        <translation>已登记的证件号码（{masked}）保持不变，除非重新输入。</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>通知对象</translation>
    </message>
    <message>
        <source>Told at</source>
        <translation>通知时间</translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <source>The time the host gives the visitor</source>
        <translation>被访人给访客约定的时间</translation>
    </message>
    <message>
        <source>Tell the host of visit {number}</source>
        <translation>通知被访人（来访单 {number}）</translation>
    </message>
    <message>
        <source>{visitor} ({company}) to see {host}: {purpose}</source>
        <translation>{visitor}（{company}）来访 {host}：{purpose}</translation>
    </message>
    <message>
        <source>Host told</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The day&apos;s visitors register</source>
        <translation>当日来访登记表</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>Expected</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Host told</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在访</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离开</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Appointment by phone</source>
        <translation>电话预约</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>突然来访</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other paper</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>来访时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>来访类型</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Unit or company</source>
        <translation>单位/公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Host department</source>
        <translation>被访部门</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>{minutes} min late</source>
        <translation>超时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Auto sign-out</source>
        <translation>自动签退</translation>
    </message>
</context>
<context>
    <name>VisitorsSettings</name>
    <message>
        <source>Visitors</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>Sign out everyone still on site at</source>
        <translation>仍在访的访客自动签退时间</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>Host told late after</source>
        <translation>超过此时间未通知被访人即为超时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Purge visitors&apos; personal data after</source>
        <translation>访客个人信息保留期限</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Save visitors&apos; settings</source>
        <translation>保存来访设置</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>New visitor identity</source>
        <translation>新增来访身份</translation>
    </message>
    <message>
        <source>Rename visitor identity</source>
        <translation>重命名来访身份</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>VisitorsView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Host told…</source>
        <translation>已通知…</translation>
    </message>
    <message>
        <source>Let in</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>取消来访</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>打印访客单</translation>
    </message>
    <message>
        <source>Day&apos;s register…</source>
        <translation>当日登记表…</translation>
    </message>
    <message>
        <source>Show ID number</source>
        <translation>查看证件号码</translation>
    </message>
    <message>
        <source>Register a visitor: an appointment or a walk-in (Ctrl+N)</source>
        <translation>登记访客：电话预约或突然来访（Ctrl+N）</translation>
    </message>
    <message>
        <source>The host has been told; give a walk-in a time (F7)</source>
        <translation>已通知被访人；为突然来访的访客约定时间（F7）</translation>
    </message>
    <message>
        <source>The visitor goes in: on site (F8)</source>
        <translation>访客进入：在访（F8）</translation>
    </message>
    <message>
        <source>The visitor leaves, now (F9)</source>
        <translation>访客离开，即时签退（F9）</translation>
    </message>
    <message>
        <source>Print the 访客单 (two on an A5 sheet)</source>
        <translation>打印访客单（A5 纸两联）</translation>
    </message>
    <message>
        <source>Print the day&apos;s 来访登记表 for the duty officer to sign</source>
        <translation>打印当日来访登记表，交当值签字</translation>
    </message>
    <message>
        <source>Managers: see the full ID number (recorded in the audit log)</source>
        <translation>经理：查看完整证件号码（记入操作日志）</translation>
    </message>
    <message>
        <source>Phone, name or company</source>
        <translation>电话、姓名或单位</translation>
    </message>
    <message>
        <source>On site now</source>
        <translation>当前在访</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>仅超时</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All identities</source>
        <translation>全部身份</translation>
    </message>
    <message>
        <source>{number}: {visitor}, {status}</source>
        <translation>{number}：{visitor}，{status}</translation>
    </message>
    <message>
        <source>On site: {on_site}    Late: {late}</source>
        <translation>在访：{on_site}    超时：{late}</translation>
    </message>
    <message>
        <source>Visitor slip {number}</source>
        <translation>访客单 {number}</translation>
    </message>
    <message>
        <source>Visitors register {day}</source>
        <translation>来访登记表 {day}</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>{number}: {id_number}

This look is recorded in the audit log.</source>
        <translation>{number}：{id_number}

本次查看已记入操作日志。</translation>
    </message>
</context>
<context>
    <name>VouchDialog</name>
    <message>
        <source>{step}: {name} may not take this step; {roles} may. They type their own login name and password here: the step is theirs, in the records and the audit log, and {name} stays logged in.</source>
        <translation>{step}：{name}无权执行此操作，{roles}可以。请其在此输入本人的登录名和密码：单据和操作日志均记为其本人所为，{name}无需退出登录。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>确认身份</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type the login name of the one who signs.</source>
        <translation>请输入签字人的登录名。</translation>
    </message>
    <message>
        <source>Type their password.</source>
        <translation>请输入签字人的密码。</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>盘点中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Company central purchase</source>
        <translation>公司集中采购</translation>
    </message>
    <message>
        <source>Central purchase</source>
        <translation>集中采购</translation>
    </message>
    <message>
        <source>Own purchase (approved request)</source>
        <translation>自行采购（凭已批准的申购单）</translation>
    </message>
    <message>
        <source>Own purchase</source>
        <translation>自行采购</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Receipt reversed</source>
        <translation>入库冲销</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>出库</translation>
    </message>
    <message>
        <source>Issue reversed</source>
        <translation>出库冲销</translation>
    </message>
    <message>
        <source>Stocktake gain</source>
        <translation>盘盈</translation>
    </message>
    <message>
        <source>Stocktake loss</source>
        <translation>盘亏</translation>
    </message>
</context>
<context>
    <name>WarehouseTab</name>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>入库单</translation>
    </message>
    <message>
        <source>Issue slips</source>
        <translation>出库单</translation>
    </message>
    <message>
        <source>Purchase requests</source>
        <translation>申购单</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>WarehouseWords</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Purchase request no.</source>
        <translation>申购单号</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Delivery note no.</source>
        <translation>送货单号</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Receiving department</source>
        <translation>领料部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>领料人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Repair order no.</source>
        <translation>报修单号</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申购人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>申购理由</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Name and specification</source>
        <translation>名称及规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Estimated price</source>
        <translation>预计单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>成本单价</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Safety stock</source>
        <translation>安全库存</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Stock {qty} {unit}</source>
        <translation>库存 {qty} {unit}</translation>
    </message>
    <message>
        <source>Entered by {name} on {time}.</source>
        <translation>{name} 于 {time} 填写。</translation>
    </message>
    <message>
        <source>Confirmed by {name} on {time}.</source>
        <translation>{name} 于 {time} 确认。</translation>
    </message>
    <message>
        <source>Signed by {name} on {time}.</source>
        <translation>{name} 于 {time} 签字。</translation>
    </message>
    <message>
        <source>Approved by {name} on {time}.</source>
        <translation>{name} 于 {time} 批准。</translation>
    </message>
    <message>
        <source>Cancelled by {name} on {time}: {reason}</source>
        <translation>{name} 于 {time} 作废：{reason}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to FrontDesk</source>
        <translation>欢迎使用物业客服台</translation>
    </message>
    <message>
        <source>FrontDesk keeps the customer-service office&apos;s records: visitors, repair orders, the storeroom, sign requests and vendor scores.

This desk has no office yet. Set up your own, or look around the demo office first.</source>
        <translation>物业客服台用于记录客服部的日常工作：来访登记、报修单、仓库出入库、标识申请和外判考评。

本机尚未设置服务中心。您可以立即设置，也可以先打开演示服务中心看看。</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>设置本服务中心</translation>
    </message>
    <message>
        <source>Open the demo office</source>
        <translation>打开演示服务中心</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>数据文件：{path}</translation>
    </message>
    <message>
        <source>e.g. Hengxin Tower Property Service Center</source>
        <translation>例如：恒信大厦物业服务中心</translation>
    </message>
    <message>
        <source>Office name (printed on every form)</source>
        <translation>服务中心名称（打印在各类表单上）</translation>
    </message>
    <message>
        <source>Administrator&apos;s login name</source>
        <translation>管理员登录名</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The administrator also holds the manager&apos;s role; both can be changed later in Settings.</source>
        <translation>管理员同时担任经理角色；两者以后都可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>正在建立演示服务中心…</translation>
    </message>
    <message>
        <source>The demo office has no demo manager.</source>
        <translation>演示服务中心缺少演示经理账号。</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>
