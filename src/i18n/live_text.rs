//! Live sessions in words, Chinese then English: starting, joining and leaving a session, the
//! connection indicator, who is here, and what went wrong.

use super::catalog::catalog;

catalog! {
    LiveText;
    Button => "实时协作", "Live session";
    Title => "实时协作", "Live session";
    Intro => "让同一网络中的多台设备同时编辑本项目，无需互联网。开始之前，本应用不会连接任何服务器。",
        "Let several devices on the same network edit this project at once, with no internet. Until you start, the app contacts no server.";
    YourName => "你的名字", "Your name";
    YourColour => "你的颜色", "Your colour";
    NameNeeded => "请填写名字，让其他参与者认出你。", "Enter a name so the others can tell who you are.";
    Server => "同步服务器地址", "Sync server address";
    ServerHint => "默认是本机地址的 8787 端口：在主持人的电脑上运行 node scripts/live-server.mjs 即可。",
        "By default this host on port 8787: run node scripts/live-server.mjs on the facilitator's laptop.";
    BadServer => "请填写以 ws:// 或 wss:// 开头的地址，例如 ws://192.168.1.5:8787。",
        "Enter an address starting with ws:// or wss://, such as ws://192.168.1.5:8787.";
    Start => "开始实时协作", "Start live session";
    Link => "邀请链接", "Invitation link";
    CopyLink => "复制邀请链接", "Copy invitation link";
    LinkCopied => "邀请链接已复制，请发给同一网络中的参与者。", "Invitation link copied: send it to the participants on your network.";
    Leave => "退出实时协作", "Leave live session";
    Left => "已退出实时协作，本机副本可照常使用。", "You left the live session; the copy on this device works as before.";
    Connected => "已连接", "Connected";
    Connecting => "正在连接…", "Connecting…";
    Offline => "离线", "Offline";
    Unsent => "{0} 项修改未发送", "{0} {0|change|changes} not sent";
    Here => "在线成员", "Here now";
    TimerOf => "{0} 的计时器", "{0}'s timer";
    BringHere => "请大家来到这块画布", "Bring everyone here";
    SummonSent => "已请大家来到「{0}」。", "Everyone was asked to come to {0}.";
    Summoned => "{0} 请大家来到「{1}」。", "{0} brought everyone to {1}.";
    OnlyYou => "目前只有你一人。", "Only you so far.";
    You => "（你）", "(you)";
    JoinTitle => "加入实时协作", "Join a live session";
    JoinIntro => "这个链接邀请你加入一次实时协作。加入后，会话中的项目会作为一个新项目保存在本浏览器中，不会与你已有的项目合并。",
        "This link invites you to a live session. Joining keeps the session's project in this browser as a new project; it is never merged into one you already have.";
    JoinWhere => "会话 {0}，服务器 {1}", "Room {0} on {1}";
    Join => "加入", "Join";
    Joining => "正在获取会话中的项目…", "Fetching the session's project…";
    EmptyRoom => "这个会话中没有项目：链接可能已过期，或发起人尚未连上服务器。",
        "This room holds no project: the link may be old, or whoever started it has not reached the server yet.";
    BadLink => "这不是有效的实时协作链接：{0}", "This is not a valid live-session link: {0}";
    BadRoom => "会话编号应为 32 位十六进制字符。", "the room id must be 32 hex digits.";
    BadLinkServer => "服务器地址应以 ws:// 或 wss:// 开头。", "the server address must start with ws:// or wss://.";
    Denied => "服务器拒绝了连接：{0}", "The server refused the connection: {0}";
    Refused => "收到一段无法读取的同步数据（{0}），已忽略，项目没有任何改动。",
        "Ignored sync data that could not be read ({0}); the project is unchanged.";
    BadState => "会话中的项目无法读取：{0}。本机的项目没有改动，并已重新发送给其他人。",
        "The session's project could not be read: {0}. The project on this device is unchanged and was sent to the others again.";
    NoWorker => "无法加载实时协作组件：{0}", "The live-session component could not be loaded: {0}";
    Back => "返回项目列表", "Back to projects";
}
