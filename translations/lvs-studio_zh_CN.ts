<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuthorizationLock</name>
    <message>
        <location filename="../ui/authorizationlock.cpp" line="+21"/>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may change the IPVS table now.</source>
        <translation>现在可以更改 IPVS 表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes need an administrator&apos;s password: click to give it now, or Apply will ask.</source>
        <translation>更改需要管理员密码：点击此处立即输入，否则将在“应用”时询问。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polkit does not allow you to change the IPVS table; you can still look.</source>
        <translation>polkit 不允许您更改 IPVS 表；您仍可查看。</translation>
    </message>
</context>
<context>
    <name>BootFile</name>
    <message>
        <location filename="../core/bootfile.cpp" line="+21"/>
        <source>Debian&apos;s ipvsadm restores %1 at boot only when /etc/default/ipvsadm sets AUTO=&quot;true&quot;; it sets %2 now, so nothing is restored at boot</source>
        <translation>Debian 的 ipvsadm 仅在 /etc/default/ipvsadm 设置 AUTO=&quot;true&quot; 时才会在启动时恢复 %1；该文件现在设置的是 %2，因此启动时不会恢复任何规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fedora&apos;s ipvsadm.service writes the live table into %1 when it stops (at shutdown), replacing what was saved here</source>
        <translation>Fedora 的 ipvsadm.service 在停止时（关机时）会将运行中的表写入 %1，替换此处保存的内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file cannot hold the real servers&apos; connection thresholds</source>
        <translation>该文件无法保存真实服务器的连接阈值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot hold the connection timeouts</source>
        <translation>该文件无法保存连接超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot hold the sync daemons</source>
        <translation>该文件无法保存同步守护进程</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>BootPage</name>
    <message>
        <location filename="../ui/bootpage.cpp" line="+31"/>
        <source>&amp;Load Boot Configuration</source>
        <translation>加载开机配置(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the Rest at Boot…</source>
        <translation>开机时保留其余设置(&amp;K)…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No boot file: nothing is restored at boot.</source>
        <translation>没有开机文件：开机时不会恢复任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Runtime to Boot…</source>
        <translation>运行时到开机(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the running table into the boot file (ipvsadm -S -n), keeping the old file as .bak.</source>
        <translation>将运行中的表写入开机文件 (ipvsadm -S -n)，旧文件保留为 .bak。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the boot file&apos;s table the pending changes, to look at and apply.</source>
        <translation>将开机文件中的表作为待应用的更改载入，以便查看和应用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The thresholds, timeouts and sync daemons the boot file cannot hold, as a systemd drop-in that sets them again after ipvsadm.service restores the file.</source>
        <translation>开机文件无法保存的阈值、超时和同步守护进程，以 systemd 附加配置（drop-in）的形式保存，在 ipvsadm.service 恢复该文件之后重新设置它们。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;read</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The boot file:</source>
        <translation>开机文件：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Boot Configuration</source>
        <translation>开机配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the boot file…</source>
        <translation>正在读取开机文件…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write the running table into %1? The previous file is kept as %1.bak.</source>
        <translation>将运行中的表写入 %1？原文件将保留为 %1.bak。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boot file</source>
        <translation>开机文件</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n pending change(s) are not applied yet and will not be saved.</source>
        <translation>
            <numerusform>%n 项待应用的更改尚未应用，不会被保存。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime to Boot</source>
        <translation>运行时到开机</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: the table restored at boot (ipvsadm.service).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 开机时恢复的表 (ipvsadm.service)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; does not exist: nothing is restored at boot.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 不存在：开机时不会恢复任何内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Before relying on the boot file:</source>
        <translation>依赖开机文件之前，请注意：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The boot file has mistakes; it would not restore as it is:</source>
        <translation>开机文件有错误，按现状无法恢复：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The boot file and the running table agree.</source>
        <translation>开机文件与运行中的表一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They differ (in ipvsadm -S -n rules):</source>
        <translation>两者不同（以 ipvsadm -S -n 规则表示）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at boot only:   %1</source>
        <translation>仅在开机时：  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running only:   %1</source>
        <translation>仅在运行中：  %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the Rest at Boot</source>
        <translation>开机时保留其余设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ipvsadm.service restores only the rules; at stop it overwrites the boot file with ipvsadm-save, so thresholds, timeouts and sync daemons cannot be added to it. Installed as &lt;b&gt;%1&lt;/b&gt; (then &lt;tt&gt;systemctl daemon-reload&lt;/tt&gt;), this drop-in sets them again after every restore. It holds the values of now: save it again after changing them.</source>
        <translation>ipvsadm.service 只恢复规则；停止时它会用 ipvsadm-save 覆盖开机文件，因此无法把阈值、超时和同步守护进程加进该文件。把这个附加配置安装为 &lt;b&gt;%1&lt;/b&gt;（然后运行 &lt;tt&gt;systemctl daemon-reload&lt;/tt&gt;），每次恢复之后它都会重新设置这些值。它保存的是当前的值：修改之后请重新保存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Save Drop-in</source>
        <translation>保存附加配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ConnectionModel</name>
    <message>
        <location filename="../core/connectionmodel.cpp" line="+49"/>
        <source>A persistence template: where this client&apos;s next connections go until it expires.</source>
        <translation>持久连接模板：在其过期之前，此客户端的后续连接都会发往该处。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual service</source>
        <translation>虚拟服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real server</source>
        <translation>真实服务器</translation>
    </message>
</context>
<context>
    <name>ConnectionScript</name>
    <message>
        <location filename="../core/simulation/connectionscript.cpp" line="+46"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;open&apos; takes CLIENT:PORT VIRTUAL:PORT [tcp|udp|sctp]</source>
        <translation>&apos;open&apos; 的参数为 CLIENT:PORT VIRTUAL:PORT [tcp|udp|sctp]</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>&apos;%1&apos; is not an address:port</source>
        <translation>&apos;%1&apos; 不是“地址:端口”格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client and the virtual address are of different families</source>
        <translation>客户端地址与虚拟地址的地址族不同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is already open (a client cannot reuse a port it holds)</source>
        <translation>%1 已处于打开状态（客户端不能重复使用它占用的端口）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown protocol &apos;%1&apos; (tcp, udp or sctp)</source>
        <translation>未知协议 &apos;%1&apos;（应为 tcp、udp 或 sctp）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;close&apos; takes the CLIENT:PORT of an open connection</source>
        <translation>&apos;close&apos; 的参数为一个已打开连接的 CLIENT:PORT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no open connection from %1</source>
        <translation>没有来自 %1 的已打开连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;wait&apos; takes a number of seconds (0 to 86400)</source>
        <translation>&apos;wait&apos; 的参数为秒数（0 到 86400）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown step &apos;%1&apos; (open, close or wait)</source>
        <translation>未知步骤 &apos;%1&apos;（应为 open、close 或 wait）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>line %1: no open connection from %2</source>
        <translation>第 %1 行：没有来自 %2 的已打开连接</translation>
    </message>
</context>
<context>
    <name>ConnectionTable</name>
    <message>
        <location filename="../core/connectiontable.cpp" line="+97"/>
        <location line="+164"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>expected 9 or 11 fields, found %1</source>
        <translation>应有 9 或 11 个字段，实际为 %1 个</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an address is neither 8 hex digits nor IPv6</source>
        <translation>地址既不是 8 位十六进制数，也不是 IPv6 地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a port is not 4 hex digits</source>
        <translation>端口不是 4 位十六进制数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expiry &apos;%1&apos; is not a number of seconds</source>
        <translation>过期时间 &apos;%1&apos; 不是秒数</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>line %1: longer than %2 characters</source>
        <translation>第 %1 行：超过 %2 个字符</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <location filename="../ui/connectionspage.cpp" line="+59"/>
        <source>Virtual service</source>
        <translation>虚拟服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real server</source>
        <translation>真实服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of an address or address:port, e.g. 192.168.0.160 or :80</source>
        <translation>地址或“地址:端口”的一部分，例如 192.168.0.160 或 :80</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persistence templates</source>
        <translation>持久连接模板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 of %2 connection entries shown</source>
        <translation>已显示 %1 个连接条目（共 %2 个）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the kernel holds %1; the page reads the first %2 (lvsctl connections prints them all)</source>
        <translation>内核中共有 %1 个；此页读取前 %2 个（lvsctl connections 会全部输出）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reading failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>Export Connections</source>
        <translation>导出连接</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DBusTypes</name>
    <message>
        <location filename="../core/dbustypes.cpp" line="+49"/>
        <source>address family %1 is neither IPv4 (2) nor IPv6 (10)</source>
        <translation>地址族 %1 既不是 IPv4 (2)，也不是 IPv6 (10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocol %1 is not TCP (6), UDP (17) or SCTP (132)</source>
        <translation>协议 %1 不是 TCP (6)、UDP (17) 或 SCTP (132)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>service address &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>服务地址 &apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service address %1 does not belong to address family %2</source>
        <translation>服务地址 %1 不属于地址族 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown scheduler &apos;%1&apos;</source>
        <translation>未知调度算法 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>real server address &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>真实服务器地址 &apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forwarding method %1 is not 0 to 3</source>
        <translation>转发方式 %1 不在 0 到 3 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tunnel type %1 is not 0 to 2</source>
        <translation>隧道类型 %1 不在 0 到 2 之间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tunnel checksum option %1 is not 0 to 2</source>
        <translation>隧道校验和选项 %1 不在 0 到 2 之间</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>daemon role %1 is neither master (0) nor backup (1)</source>
        <translation>守护进程角色 %1 既不是 master (0) 也不是 backup (1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>multicast group &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>组播组 &apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../ui/detailpane.cpp" line="+101"/>
        <source>% of new connections</source>
        <translation>新连接占比 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of weight</source>
        <translation>权重占比 %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>new connections per second</source>
        <translation>每秒新连接数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in (client to service)</source>
        <translation>入向（客户端到服务）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out (replies through the director)</source>
        <translation>出向（经调度器返回的应答）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a service or real server to chart it.</source>
        <translation>选择一个服务或真实服务器以显示其图表。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+80"/>
        <source>bit/s</source>
        <translation>bit/s</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+80"/>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>last %n minute(s)</source>
        <translation>
            <numerusform>最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Real server %1 of %2, %3</source>
        <translation>服务 %2 的真实服务器 %1，%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service %1, %2</source>
        <translation>服务 %1，%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>conn/s</source>
        <translation>连接/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 conn/s</source>
        <translation>%1 连接/秒</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>其他 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../core/editsession.cpp" line="+108"/>
        <location line="+42"/>
        <source>add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+22"/>
        <location line="+12"/>
        <location line="+66"/>
        <source>the service is gone</source>
        <translation>该服务已不存在</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+42"/>
        <source>change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>change %1 to %2</source>
        <translation>将%1 改为%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <source>delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>the real server is gone</source>
        <translation>该真实服务器已不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the weight of %1 to %2</source>
        <translation>将%1 的权重设为 %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>drain %1</source>
        <translation>排空%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put %1 in maintenance</source>
        <translation>将%1 置于维护状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make %1 ready</source>
        <translation>将%1 设为就绪</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <location filename="../core/forwarding.cpp" line="+68"/>
        <source>VS/NAT (-m): the director rewrites the destination of each request and the source of each reply, so every reply must come back through it. The real servers sit on a private network with the director as their default gateway; any operating system works. The director is the bottleneck: about 10 to 20 real servers on 100 Mbit/s. Efficiency: fair.</source>
        <translation>VS/NAT（-m）：调度器改写每个请求的目的地址和每个应答的源地址，因此所有应答都必须经由它返回。真实服务器位于私有网络中，以调度器为默认网关；任何操作系统都可以。调度器是瓶颈：在 100 Mbit/s 网络上约 10 到 20 台真实服务器。效率：一般。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VS/TUN (-i): the director wraps each request in an IP tunnel (IP-in-IP, GUE or GRE) to the real server, which unwraps it, answers from the VIP and replies straight to the client through its own router. The real servers&apos; operating system must support tunnelling; they may be on the LAN or anywhere on the WAN (the only method for servers far apart). About 100 real servers. Efficiency: high.</source>
        <translation>VS/TUN（-i）：调度器把每个请求封装进通往真实服务器的 IP 隧道（IP-in-IP、GUE 或 GRE），真实服务器解封装后以 VIP 作答，经自己的路由器直接应答客户端。真实服务器的操作系统必须支持隧道；它们可以在局域网内，也可以在广域网的任何地方（服务器分散各地时唯一的选择）。约 100 台真实服务器。效率：高。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VS/DR (-g, ipvsadm&apos;s default): the director only rewrites the frame&apos;s MAC address, so it and the real servers must share a LAN segment; each real server holds the VIP on a device that does not answer ARP (lo) and replies straight to the client through its own router. Most operating systems can. About 100 real servers. Efficiency: the highest.</source>
        <translation>VS/DR（-g，ipvsadm 的默认值）：调度器只改写帧的 MAC 地址，因此它与真实服务器必须在同一局域网网段；每台真实服务器把 VIP 配置在不响应 ARP 的设备（lo）上，并经自己的路由器直接应答客户端。大多数操作系统都可以。约 100 台真实服务器。效率：最高。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local: the real server is the director itself; the kernel delivers the connection to its own sockets, whatever method was asked for.</source>
        <translation>本地：真实服务器就是调度器自己；无论指定了哪种方式，内核都把连接交给本机的套接字。</translation>
    </message>
</context>
<context>
    <name>HelperBackend</name>
    <message>
        <location filename="../core/helperbackend.cpp" line="+20"/>
        <source>helper (connecting)</source>
        <translation>辅助程序（正在连接）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>helper %1, IPVS %2</source>
        <translation>辅助程序 %1，IPVS %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>helper unavailable: %1</source>
        <translation>辅助程序不可用：%1</translation>
    </message>
</context>
<context>
    <name>HelperErrorText</name>
    <message>
        <location filename="../ui/helpererrortext.cpp" line="+23"/>
        <source>You are not allowed to do this: polkit refused it (or the password was not given).</source>
        <translation>您无权执行此操作：polkit 拒绝了它（或未输入密码）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed the table since it was read, so nothing was applied.</source>
        <translation>自读取以来有人修改了表，因此没有应用任何更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel already has this virtual service.</source>
        <translation>内核中已有此虚拟服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kernel has no such virtual service.</source>
        <translation>内核中没有此虚拟服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service already has this real server.</source>
        <translation>该服务已有此真实服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service has no such real server.</source>
        <translation>该服务没有此真实服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kernel does not have this scheduler (its ip_vs_ module could not be loaded).</source>
        <translation>内核没有此调度算法（无法加载其 ip_vs_ 模块）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPVS is not available in this kernel (the ip_vs module is not loaded and could not be).</source>
        <translation>此内核中没有可用的 IPVS（ip_vs 模块未加载，也无法加载）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kernel refused the change; the table is as it was before.</source>
        <translation>内核拒绝了此更改；表保持原样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change failed and undoing it failed too: the kernel&apos;s table may be half-changed. Compare it with what you expected before going on.</source>
        <translation>更改失败，撤销也失败了：内核的表可能只改了一半。继续之前，请将它与您预期的表进行比较。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The helper refused the request as invalid; nothing was changed.</source>
        <translation>辅助程序认为请求无效而拒绝了它；没有任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The helper (lvs-studio-helper) could not be reached on the system bus.</source>
        <translation>无法在系统总线上联系到辅助程序（lvs-studio-helper）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1

The helper said: %2</source>
        <extracomment>%1 is a translated sentence; %2 the helper&apos;s own English explanation.</extracomment>
        <translation>%1

辅助程序的说明：%2</translation>
    </message>
</context>
<context>
    <name>InterruptedBatchBanner</name>
    <message>
        <location filename="../ui/interruptedbatchbanner.cpp" line="+40"/>
        <source>Every item it touched is as it was before it.</source>
        <translation>它涉及的每个条目都与更改之前相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not as before: %1</source>
        <translation>与之前不同：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>and %n more.</source>
        <translation>
            <numerusform>另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;A batch was interrupted.&lt;/b&gt; %1. %2 &lt;a href=&quot;rollback&quot;&gt;Roll back what it touched&lt;/a&gt; &amp;middot; &lt;a href=&quot;forget&quot;&gt;Keep the table as it is&lt;/a&gt;</source>
        <translation>&lt;b&gt;批量更改被中断了。&lt;/b&gt;%1。%2 &lt;a href=&quot;rollback&quot;&gt;回滚它所涉及的条目&lt;/a&gt; &amp;middot; &lt;a href=&quot;forget&quot;&gt;保持表的现状&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;The interrupted batch is still reported.&lt;/b&gt; %1 &lt;a href=&quot;rollback&quot;&gt;Try again&lt;/a&gt; &amp;middot; &lt;a href=&quot;forget&quot;&gt;Keep the table as it is&lt;/a&gt;</source>
        <translation>&lt;b&gt;被中断的批量更改仍在报告中。&lt;/b&gt;%1 &lt;a href=&quot;rollback&quot;&gt;重试&lt;/a&gt; &amp;middot; &lt;a href=&quot;forget&quot;&gt;保持表的现状&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>IpvsadmCommand</name>
    <message>
        <location filename="../core/ipvsadmcommand.cpp" line="+138"/>
        <source>%1 %2: %3 must be a number from %4 to %5</source>
        <translation>%1 %2: %3必须是 %4 到 %5 之间的数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2: expected [IPv6 address]:port</source>
        <translation>%1 %2: 格式应为 [IPv6 地址]:端口</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: &apos;%3&apos; is not a numeric IPv4 or IPv6 address (host names are not resolved)</source>
        <translation>%1 %2: &apos;%3&apos; 不是数字形式的 IPv4 或 IPv6 地址（不解析主机名）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2: port &apos;%3&apos; is neither a number from 0 to 65535 nor a known service name</source>
        <translation>%1 %2: 端口 &apos;%3&apos; 既不是 0 到 65535 之间的数，也不是已知的服务名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 takes no value</source>
        <translation>%1 不接受值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown option &apos;-%1&apos; in &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 中有未知选项 &apos;-%1&apos;</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 %2: the daemon is &apos;master&apos; or &apos;backup&apos;</source>
        <translation>%1 %2：守护进程应为 &apos;master&apos; 或 &apos;backup&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>two commands in one line: %1 and %2</source>
        <translation>一行中有两个命令：%1 和 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no command: expected one of -A -E -D -a -e -d -C --set --start-daemon --stop-daemon</source>
        <translation>没有命令：应为 -A -E -D -a -e -d -C --set --start-daemon --stop-daemon 之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must come first, as ipvsadm requires (found %2 before it)</source>
        <translation>%1 必须位于最前面，这是 ipvsadm 的要求（在它之前发现了 %2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>option %1 does not apply to %2</source>
        <translation>选项 %1 不适用于 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2: a firewall mark is a number from 1 to 4294967295</source>
        <translation>%1 %2: 防火墙标记是 1 到 4294967295 之间的数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must follow -f: it makes a firewall-mark service IPv6</source>
        <translation>%1 必须跟在 -f 之后：它使防火墙标记服务成为 IPv6 服务</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2: unknown scheduler (known: %3)</source>
        <translation>%1 %2: 未知调度算法（已知：%3）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the persistence timeout</source>
        <translation>持久连接超时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the IPv6 prefix length</source>
        <translation>IPv6 前缀长度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: an IPv4 netmask such as 255.255.255.0 is expected</source>
        <translation>%1 %2: 应为 IPv4 子网掩码，如 255.255.255.0</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the upper threshold</source>
        <translation>上限阈值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the lower threshold</source>
        <translation>下限阈值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2: the tunnel type is ipip, gue or gre</source>
        <translation>%1 %2: 隧道类型应为 ipip、gue 或 gre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the tunnel port</source>
        <translation>隧道端口</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: only one of --tun-nocsum, --tun-csum and --tun-remcsum</source>
        <translation>%1: --tun-nocsum、--tun-csum 和 --tun-remcsum 只能选择其一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 &apos;%2&apos;: an interface name has 1 to 15 characters</source>
        <translation>%1 &apos;%2&apos;: 接口名称应为 1 到 15 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sync id</source>
        <translation>同步 ID 值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the sync message length</source>
        <translation>同步消息长度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2: a multicast group address is expected</source>
        <translation>%1 %2: 应为组播组地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the multicast port</source>
        <translation>组播端口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the multicast TTL</source>
        <translation>组播 TTL 值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--set needs three timeouts: tcp tcpfin udp (0 leaves one unchanged)</source>
        <translation>--set 需要三个超时值：tcp tcpfin udp（0 表示保持不变）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--set: %1 timeout &apos;%2&apos; must be a number of seconds from 0 to %3</source>
        <translation>--set: %1 超时 &apos;%2&apos; 必须是 0 到 %3 之间的秒数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 needs a service: -t, -u or --sctp-service ADDRESS:PORT, or -f MARK</source>
        <translation>%1 需要指定服务：-t、-u 或 --sctp-service ADDRESS:PORT，或 -f MARK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a real server: -r ADDRESS[:PORT]</source>
        <translation>%1 需要指定真实服务器：-r ADDRESS[:PORT]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 needs tunnelling (-i), not %2</source>
        <translation>%1 需要 IP 隧道 (-i)，而不是 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default direct routing</source>
        <translation>默认的直接路由</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--tun-type gue needs --tun-port</source>
        <translation>--tun-type gue 需要 --tun-port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not apply to the %2 tunnel type</source>
        <translation>%1 不适用于 %2 隧道类型</translation>
    </message>
</context>
<context>
    <name>KeepalivedReader</name>
    <message>
        <location filename="../core/keepalived/keepalivedreader.cpp" line="+9"/>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>VRRP is not modelled</source>
        <translation>VRRP 未纳入模型</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>tracking is not modelled</source>
        <translation>跟踪 (track) 未纳入模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>addresses, routes and rules are not modelled</source>
        <translation>地址、路由和规则未纳入模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BFD is not modelled</source>
        <translation>BFD 未纳入模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health checks are not modelled</source>
        <translation>健康检查未纳入模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>process settings are not modelled</source>
        <translation>进程设置未纳入模型</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 skipped: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown keyword &apos;%1&apos;</source>
        <translation>未知关键字 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lvs_sync_daemon skipped: keepalived runs it as master or backup after a VRRP instance&apos;s state, and VRRP is not modelled</source>
        <translation>已跳过 lvs_sync_daemon：keepalived 根据 VRRP 实例的状态以 master 或 backup 身份运行它，而 VRRP 未纳入模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>global_defs: only lvs_timeouts is read; the other settings are not modelled</source>
        <translation>global_defs：只读取 lvs_timeouts；其他设置未纳入模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lvs_timeouts needs at least one of tcp N, tcpfin N, udp N</source>
        <translation>lvs_timeouts 至少需要 tcp N、tcpfin N、udp N 中的一项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lvs_timeouts: unknown option &apos;%1&apos; (tcp, tcpfin or udp)</source>
        <translation>lvs_timeouts：未知选项 &apos;%1&apos;（应为 tcp、tcpfin 或 udp）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lvs_timeouts %1 needs a number of seconds from 0 to %2</source>
        <translation>lvs_timeouts %1 需要 0 到 %2 之间的秒数</translation>
    </message>
    <message>
        <location filename="../core/keepalived/keepalivedgroups.cpp" line="+12"/>
        <source>virtual_server_group %1 needs a { } block</source>
        <translation>virtual_server_group %1 需要一个 { } 块</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtual_server_group %1 is already defined at %2</source>
        <translation>virtual_server_group %1 已在 %2 处定义</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>virtual_server_group %1 has no entries</source>
        <translation>virtual_server_group %1 没有任何条目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fwmark &apos;%1&apos; is not a number from 1 to 4294967295</source>
        <translation>fwmark &apos;%1&apos; 不是 1 到 4294967295 之间的数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>fwmark %1: unknown family &apos;%2&apos; (inet or inet6)</source>
        <translation>fwmark %1：未知地址族 &apos;%2&apos;（应为 inet 或 inet6）</translation>
    </message>
    <message>
        <location filename="../core/keepalived/keepalivedreader.cpp" line="+17"/>
        <source>port &apos;%1&apos; is not a number from 0 to 65535</source>
        <translation>端口 &apos;%1&apos; 不是 0 到 65535 之间的数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>virtual_server needs an address and port, &apos;fwmark N&apos; or &apos;group NAME&apos;</source>
        <translation>virtual_server 需要地址和端口、&apos;fwmark N&apos; 或 &apos;group NAME&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>virtual_server fwmark needs a number from 1 to 4294967295</source>
        <translation>virtual_server fwmark 需要 1 到 4294967295 之间的数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>virtual_server group needs the name of a virtual_server_group</source>
        <translation>virtual_server group 需要一个 virtual_server_group 的名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/keepalived/keepalivedrealservers.cpp" line="+78"/>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; 不是 IP 地址</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/keepalived/keepalivedrealservers.cpp" line="+7"/>
        <source>%1 needs a { } block</source>
        <translation>%1 需要一个 { } 块</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown keyword &apos;%1&apos; in virtual_server</source>
        <translation>virtual_server 中的未知关键字 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 &apos;%2&apos;: unknown scheduler</source>
        <translation>%1 &apos;%2&apos;：未知调度算法</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>hashed is obsolete; keepalived ignores it</source>
        <translation>hashed 已过时；keepalived 会忽略它</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>persistence_timeout &apos;%1&apos; is not a number of seconds from 1 to %2</source>
        <translation>persistence_timeout &apos;%1&apos; 不是 1 到 %2 之间的秒数</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>protocol &apos;%1&apos;: unknown (TCP, UDP or SCTP)</source>
        <translation>protocol &apos;%1&apos;：未知协议（应为 TCP、UDP 或 SCTP）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ip_family &apos;%1&apos;: unknown (inet or inet6)</source>
        <translation>ip_family &apos;%1&apos;：未知地址族（应为 inet 或 inet6）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ip_family %1 conflicts with the virtual server&apos;s %2 family, set by its address, persistence_granularity or a real server</source>
        <translation>ip_family %1 与该虚拟服务器的 %2 地址族冲突（该地址族由其地址、persistence_granularity 或某台真实服务器确定）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>weight &apos;%1&apos; is not a number from 1 to %2</source>
        <translation>weight &apos;%1&apos; 不是 1 到 %2 之间的数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 skipped: keepalived adds the sorry server only while no real server is up, and the table shows every real server up</source>
        <translation>已跳过 %1：keepalived 仅在没有任何真实服务器可用时才添加 sorry server，而此表将所有真实服务器都视为可用</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 must come after &apos;lvs_sched %2&apos;; keepalived ignores it before</source>
        <translation>%1 必须位于 &apos;lvs_sched %2&apos; 之后；若在其之前，keepalived 会忽略它</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>persistence_granularity &apos;%1&apos; is not an IPv6 prefix length from 1 to 128</source>
        <translation>persistence_granularity &apos;%1&apos; 不是 1 到 128 之间的 IPv6 前缀长度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>persistence_granularity &apos;%1&apos; is not an IPv4 netmask</source>
        <translation>persistence_granularity &apos;%1&apos; 不是 IPv4 子网掩码</translation>
    </message>
    <message>
        <location filename="../core/keepalived/keepalivedrealservers.cpp" line="-66"/>
        <source>%1 &apos;%2&apos;: unknown forwarding method (NAT, DR or TUN, in capitals)</source>
        <translation>%1 &apos;%2&apos;：未知转发方式（应为大写的 NAT、DR 或 TUN）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2: tunnel options such as &apos;%3&apos; need TUN</source>
        <translation>%1 %2：&apos;%3&apos; 等隧道选项需要 TUN</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown tunnel type &apos;%1&apos; (ipip, gue or gre)</source>
        <translation>未知隧道类型 &apos;%1&apos;（应为 ipip、gue 或 gre）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tunnel port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation>隧道端口 &apos;%1&apos; 不是 1 到 65535 之间的数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown or incomplete tunnel option &apos;%1&apos;</source>
        <translation>未知或不完整的隧道选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a gue tunnel needs &apos;port N&apos;</source>
        <translation>gue 隧道需要 &apos;port N&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tunnel port applies to gue tunnels only</source>
        <translation>隧道端口仅适用于 gue 隧道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ipip tunnels take no checksum option</source>
        <translation>ipip 隧道不接受校验和选项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gre tunnels do not support remcsum</source>
        <translation>gre 隧道不支持 remcsum</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>weight &apos;%1&apos; is not a number from 0 to %2</source>
        <translation>weight &apos;%1&apos; 不是 0 到 %2 之间的数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; 不是数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown keyword &apos;lb_kind&apos; in real_server; keepalived takes lvs_method here</source>
        <translation>real_server 中的未知关键字 &apos;lb_kind&apos;；keepalived 在此处使用 lvs_method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown keyword &apos;%1&apos; in real_server</source>
        <translation>real_server 中的未知关键字 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: an %2 real server under an %3 virtual server needs lvs_method TUN; keepalived skips it</source>
        <translation>%1：%3 虚拟服务器下的 %2 真实服务器需要 lvs_method TUN；keepalived 会跳过它</translation>
    </message>
    <message>
        <location filename="../core/keepalived/keepalivedreader.cpp" line="+20"/>
        <source>%1 has no real servers: keepalived ignores it</source>
        <translation>%1 没有真实服务器：keepalived 会忽略它</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no lvs_method, so keepalived forwards by NAT (ipvsadm&apos;s default is DR)</source>
        <translation>%1：未设置 lvs_method，因此 keepalived 使用 NAT 转发（ipvsadm 的默认值为 DR）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no lvs_sched, so keepalived schedules with wlc</source>
        <translation>%1：未设置 lvs_sched，因此 keepalived 使用 wlc 调度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: persistence_engine %2 ignored: keepalived passes it only with persistence</source>
        <translation>%1：已忽略 persistence_engine %2：keepalived 仅在启用持久连接时才传递该设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: health checks skipped (%2): they are not modelled, so every real server counts as up</source>
        <translation>%1：已跳过健康检查（%2）：健康检查未纳入模型，因此所有真实服务器均视为可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: inhibit_on_failure: keepalived sets a failed real server&apos;s weight to 0 instead of removing it; the table shows the configured weights</source>
        <translation>%1：inhibit_on_failure：keepalived 会将故障真实服务器的权重设为 0，而不是将其移除；此表显示的是配置的权重</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>virtual_server_group %1 is not defined</source>
        <translation>virtual_server_group %1 未定义</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the %2 persistence_granularity does not fit this %3 service</source>
        <translation>%1：%2 的 persistence_granularity 与此 %3 服务不匹配</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: port %2 ignored: in a fwmark service only NAT real servers have a port</source>
        <translation>%1：已忽略端口 %2：在 fwmark 服务中，只有 NAT 真实服务器才有端口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 is already a real server of %3 (line %4)</source>
        <translation>%1：%2 已是 %3 的真实服务器（第 %4 行）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>service %1 is already defined at %2</source>
        <translation>服务 %1 已在 %2 处定义</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read the file</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../core/keepalived/keepalivedvalues.cpp" line="+48"/>
        <source>&apos;%1&apos; is not an IP address or address range</source>
        <translation>&apos;%1&apos; 不是 IP 地址或地址范围</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos;: the prefix length must be from 1 to %2</source>
        <translation>&apos;%1&apos;：前缀长度必须在 1 到 %2 之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos;: an IPv6 range may vary only the last 16 bits (/112 or longer)</source>
        <translation>&apos;%1&apos;：IPv6 地址范围只能改变最后 16 位（/112 或更长）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos;: the address has bits set below the prefix</source>
        <translation>&apos;%1&apos;：地址在前缀之后的主机位中有非零位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos;: the end of the range is not an %2 address</source>
        <translation>&apos;%1&apos;：范围的结束地址不是 %2 地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos;: an IPv6 range may vary only the last 16 bits</source>
        <translation>&apos;%1&apos;：IPv6 地址范围只能改变最后 16 位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos;: the range ends before it starts</source>
        <translation>&apos;%1&apos;：范围的结束早于开始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos;: the range end must be greater than the start&apos;s last byte and at most 255</source>
        <translation>&apos;%1&apos;：范围结束值必须大于起始地址的最后一个字节，且不超过 255</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: the range end must be greater than the start&apos;s last 16 bits and at most ffff</source>
        <translation>&apos;%1&apos;：范围结束值必须大于起始地址的最后 16 位，且不超过 ffff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; holds %2 addresses; LVS Studio reads at most %3 per entry</source>
        <translation>&apos;%1&apos; 包含 %2 个地址；LVS Studio 每个条目最多读取 %3 个</translation>
    </message>
</context>
<context>
    <name>KeepalivedSyntax</name>
    <message>
        <location filename="../core/keepalived/keepalivedsyntax.cpp" line="+71"/>
        <source>unterminated &quot; quote</source>
        <translation>未结束的 &quot; 引号</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>include %1 matched no file</source>
        <translation>include %1 未匹配到任何文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>include %1: no such file</source>
        <translation>include %1：没有该文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>include %1: %2 is already being read (an include loop)</source>
        <translation>include %1：%2 正在被读取（include 循环）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>include %1: includes nested more than %2 deep</source>
        <translation>include %1：include 嵌套超过 %2 层</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>include %1: cannot read %2</source>
        <translation>include %1：无法读取 %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>line for config-id %1 skipped: LVS Studio reads the file as for a director no @ line names</source>
        <translation>已跳过仅适用于 config-id %1 的行：LVS Studio 按未被任何 @ 行指定的调度器来读取此文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line for every config-id but %1 read: LVS Studio reads the file as for a director no @ line names</source>
        <translation>已读取适用于除 %1 以外所有 config-id 的行：LVS Studio 按未被任何 @ 行指定的调度器来读取此文件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>parameter definitions and sequences ($NAME=..., ~SEQ, ~LST) are not supported; expand them first</source>
        <translation>不支持参数定义和序列（$NAME=...、~SEQ、~LST）；请先将其展开</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&apos;}&apos; without a matching &apos;{&apos;</source>
        <translation>&apos;}&apos; 没有匹配的 &apos;{&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{&apos; without a keyword before it</source>
        <translation>&apos;{&apos; 之前没有关键字</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the &apos;{&apos; of %1 is never closed</source>
        <translation>%1 的 &apos;{&apos; 始终未闭合</translation>
    </message>
</context>
<context>
    <name>KernelPage</name>
    <message>
        <location filename="../ui/kernelpage.cpp" line="+29"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep changes across reboots (/etc/sysctl.d/90-lvs-studio.conf)</source>
        <translation>重启后保留更改 (/etc/sysctl.d/90-lvs-studio.conf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set These</source>
        <translation>设置这些值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kernel settings</source>
        <translation>内核参数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection timeouts (ipvsadm --set)</source>
        <translation>连接超时 (ipvsadm --set)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP established:</source>
        <translation>TCP 已建立：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP after FIN:</source>
        <translation>TCP FIN 之后：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP:</source>
        <translation>UDP：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Timeouts</source>
        <translation>设置超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the change to the pending changes, to apply with the rest.</source>
        <translation>将此更改加入待应用的更改，与其他更改一起应用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection synchronisation (for a backup director)</source>
        <translation>连接同步（用于备用调度器）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multicast interface:</source>
        <translation>组播接口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync ID:</source>
        <translation>同步 ID：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start Master</source>
        <translation>启动 master 守护进程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start Backup</source>
        <translation>启动 backup 守护进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop Master</source>
        <translation>停止 master 守护进程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop Backup</source>
        <translation>停止 backup 守护进程</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kernel Settings</source>
        <translation>内核参数</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 on %2, sync ID %3</source>
        <translation>%2 上的 %1，同步 ID %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sync daemon is running.</source>
        <translation>没有正在运行的同步守护进程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
</context>
<context>
    <name>KernelSettings</name>
    <message>
        <location filename="../core/kernelsettings.cpp" line="+22"/>
        <source>Routes packets between interfaces. A NAT director must forward: the real servers&apos; replies go back through it.</source>
        <translation>在网络接口之间转发数据包。NAT 调度器必须开启转发：真实服务器的应答要经由它返回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same for IPv6 services.</source>
        <translation>IPv6 服务的相同设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under attack defence mode 3 of drop_packet: drop one packet in this many.</source>
        <translation>drop_packet 防御模式 3 下受到攻击时：每这么多个数据包丢弃一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free memory (in pages) below which the automatic defences (drop_entry, drop_packet, secure_tcp set to 1) switch on.</source>
        <translation>空闲内存（以页计）低于此值时，自动防御（设为 1 的 drop_entry、drop_packet、secure_tcp）即开启。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1: a backup director that only receives synchronised connections and does not balance traffic itself.</source>
        <translation>1：只接收同步连接、自身不做负载均衡的备用调度器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1: packets for a virtual service with no available real server go straight to their destination instead of being dropped (cache clusters).</source>
        <translation>1：发往没有可用真实服务器的虚拟服务的数据包直接发往其目的地址，而不是被丢弃（缓存集群）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens when a client reuses a port of a connection in TIME_WAIT: 1 schedules it anew (not when conntrack is on); 0 sends it to the old real server.</source>
        <translation>客户端重用处于 TIME_WAIT 状态的连接的端口时如何处理：1 重新调度（conntrack 开启时除外）；0 发往原来的真实服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1: keep netfilter connection tracking for IPVS connections, needed by iptables rules that match their state (kube-proxy, SNAT on the director).</source>
        <translation>1：为 IPVS 连接保留 netfilter 连接跟踪，按连接状态匹配的 iptables 规则需要它（kube-proxy、调度器上的 SNAT）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defence against SYN floods: drop connection entries at random (1: when memory is short, 2: always while memory is short, 3: always).</source>
        <translation>防御 SYN 洪泛：随机丢弃连接条目（1：内存不足时，2：内存不足期间始终丢弃，3：始终丢弃）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defence: drop packets at a rate (am_droprate in mode 3), by the same modes as drop_entry.</source>
        <translation>防御：按一定比例丢弃数据包（模式 3 下为 am_droprate），模式同 drop_entry。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1: a connection whose real server was deleted is removed at its next packet, so the client reconnects elsewhere at once instead of waiting for a timeout.</source>
        <translation>1：真实服务器已被删除的连接在其下一个数据包到达时即被移除，客户端会立即重新连接到其他服务器，而不必等待超时。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1: a persistence template pointing at a real server with weight 0 (drained) expires, so returning clients of a persistent service go elsewhere. Set it when draining.</source>
        <translation>1：指向权重为 0（已排空）的真实服务器的持久连接模板会过期，持久服务的回访客户端因而转到其他服务器。排空时请开启。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1: packets that arrived through an IPIP/GRE tunnel are not balanced again (nested directors).</source>
        <translation>1：经 IPIP/GRE 隧道到达的数据包不再次进行负载均衡（嵌套的调度器）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1: a NAT director sends ICMP errors when a real server is gone or the packet cannot be forwarded.</source>
        <translation>1：真实服务器已不存在或数据包无法转发时，NAT 调度器发送 ICMP 错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path MTU discovery for tunnelled (TUN) packets: 1 honours don&apos;t-fragment; 0 fragments them.</source>
        <translation>隧道 (TUN) 数据包的路径 MTU 发现：1 遵守“不分片”标志；0 对其分片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 stops the rate estimator: the conn/s, packets/s and bytes/s columns stay at 0.</source>
        <translation>0 停止速率估算：conn/s、packets/s 和 bytes/s 列保持为 0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1: ICMP packets that match no connection are scheduled to a real server like new traffic.</source>
        <translation>1：不匹配任何连接的 ICMP 数据包像新流量一样被调度到真实服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Defence against SYN floods: shorter TCP state timeouts, by the same modes as drop_entry.</source>
        <translation>防御 SYN 洪泛：缩短 TCP 状态超时，模式同 drop_entry。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1: pick up SCTP associations mid-stream (after a director failover).</source>
        <translation>1：从中途接管 SCTP 关联（调度器故障转移之后）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1: pick up TCP connections mid-stream, from any packet (after a director failover).</source>
        <translation>1：从任意数据包开始中途接管 TCP 连接（调度器故障转移之后）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route a NAT real server&apos;s replies again after their source address is changed (policy routing on the director).</source>
        <translation>NAT 真实服务器的应答被改写源地址后，重新为其选路（调度器上的策略路由）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1: synchronise only the persistence templates, not each connection (less sync traffic).</source>
        <translation>1：只同步持久连接模板，而不同步每个连接（同步流量更少）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many threads and ports the master sync daemon uses.</source>
        <translation>master 同步守护进程使用的线程和端口数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most sync messages waiting to be sent (the default depends on memory).</source>
        <translation>等待发送的同步消息的最大数量（默认值取决于内存大小）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds between re-sends of a connection whose state did not change.</source>
        <translation>状态未改变的连接两次重发之间的秒数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often a sync message is sent again (0 to 3).</source>
        <translation>同步消息的重发次数（0 到 3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync socket&apos;s buffer size; 0 is the system&apos;s.</source>
        <translation>同步套接字的缓冲区大小；0 表示使用系统的默认值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A connection is synchronised after this many packets, then every period of packets.</source>
        <translation>连接在收到这么多个数据包后同步，此后每隔 period 个数据包同步一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync message format: 1 (since Linux 2.6.39, with IPv6 and firewall marks) or 0 for old backups.</source>
        <translation>同步消息格式：1（自 Linux 2.6.39 起，支持 IPv6 和防火墙标记），或 0（用于旧的备用调度器）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A NAT director</source>
        <translation>NAT 调度器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies from the real servers must be forwarded back to the clients.</source>
        <translation>真实服务器的应答必须被转发回客户端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As kube-proxy sets them</source>
        <translation>与 kube-proxy 的设置相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kube-proxy&apos;s IPVS mode forwards, keeps conntrack for its iptables rules, removes connections of deleted endpoints at once and lets the templates of drained ones expire. (It also sets conn_reuse_mode to 0, but only on kernels before 5.9, whose port reuse handling stalled for a second.)</source>
        <translation>kube-proxy 的 IPVS 模式会开启转发，为其 iptables 规则保留 conntrack，立即移除已删除端点的连接，并让已排空端点的模板过期。（它还会将 conn_reuse_mode 设为 0，但仅限 5.9 之前的内核，这些内核处理端口重用时会停顿一秒。）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draining real servers cleanly</source>
        <translation>平稳地排空真实服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients of a persistent service leave a drained server, and clients of a deleted one reconnect at once.</source>
        <translation>持久服务的客户端会离开已排空的服务器，已删除服务器的客户端会立即重新连接。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tcp (900 s): how long an established TCP connection may stay idle before the director forgets it; a client idle longer (an SSH session, a long poll) then breaks, as its next packet may be scheduled to another server. tcpfin (120 s): how long a connection closed by the client is kept. udp (300 s): how long a UDP flow is kept after its last packet.</source>
        <translation>tcp（900 秒）：已建立的 TCP 连接可空闲多久，超过后调度器会忘记它；空闲更久的客户端（SSH 会话、长轮询）随后会中断，因为其下一个数据包可能被调度到另一台服务器。tcpfin（120 秒）：被客户端关闭的连接保留多久。udp（300 秒）：UDP 流在最后一个数据包之后保留多久。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a setting LVS Studio manages</source>
        <translation>%1 不是 LVS Studio 管理的参数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; 不是数字</translation>
    </message>
</context>
<context>
    <name>LabCommands</name>
    <message>
        <location filename="../core/lab/labcommands.cpp" line="+52"/>
        <source>plug it into the LAN&apos;s bridge</source>
        <translation>把它接到局域网的网桥上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the far end up</source>
        <translation>启用对端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this end up</source>
        <translation>启用本端</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a new namespace starts with lo down</source>
        <translation>新的命名空间中 lo 默认是关闭的</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the VIP is this server&apos;s too, but only the director may answer ARP for it</source>
        <translation>VIP 也属于这台服务器，但只有调度器可以响应它的 ARP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answer ARP only for addresses of the interface the request came in on</source>
        <translation>只为请求到达的那个接口上的地址响应 ARP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never name the VIP as the sender of this server&apos;s own ARP requests</source>
        <translation>本服务器自己发出的 ARP 请求绝不以 VIP 作为发送方地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>strict reverse-path filtering, as the how-to keeps it</source>
        <translation>严格的反向路径过滤，与 how-to 中的设置一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the VIP on lo, a device that never answers ARP, as a single address</source>
        <translation>把 VIP 作为单个地址配置在 lo 上，lo 从不响应 ARP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tunl0 unwraps the director&apos;s IP-in-IP packets</source>
        <translation>tunl0 解封装调度器发来的 IP-in-IP 数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requests leave the tunnel with the client&apos;s address, whose route is not tunl0</source>
        <translation>请求离开隧道时带着客户端的地址，而它的路由并不经过 tunl0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the kernel uses the larger of all and the device&apos;s value</source>
        <translation>内核取 all 与该设备两者中较大的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VIP on tunl0, as a single address</source>
        <translation>把 VIP 作为单个地址配置在 tunl0 上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>real server %1&apos;s cable to the LAN</source>
        <translation>真实服务器 %1 连到局域网的网线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real server %1&apos;s own address</source>
        <translation>真实服务器 %1 自己的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAT: replies must go back through the director</source>
        <translation>NAT：应答必须经由调度器返回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replies go straight to the client through RouterB, not the director</source>
        <translation>应答经 RouterB 直接发往客户端，而不经过调度器</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a network namespace of its own: %1</source>
        <translation>它自己的网络命名空间：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP-in-IP: gives every namespace its tunl0</source>
        <translation>IP-in-IP：为每个命名空间提供 tunl0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the real servers&apos; LAN: a bridge, the switch they all plug into</source>
        <translation>真实服务器的局域网：一个网桥，也就是它们都接入的交换机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the switch on</source>
        <translation>打开交换机</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the client&apos;s cable to the director&apos;s outside interface</source>
        <translation>客户端连到调度器外网接口的网线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client&apos;s cable to the router</source>
        <translation>客户端连到路由器的网线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client&apos;s address</source>
        <translation>客户端的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the director&apos;s outside address: the VIP</source>
        <translation>调度器的外网地址：VIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the router&apos;s outside address</source>
        <translation>路由器的外网地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything else through it</source>
        <translation>其余流量都经由它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the router&apos;s cable to the LAN</source>
        <translation>路由器连到局域网的网线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RouterA: the director&apos;s gateway</source>
        <translation>RouterA：调度器的网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RouterB: the real servers&apos; gateway (the how-to&apos;s second router, here the same one)</source>
        <translation>RouterB：真实服务器的网关（how-to 中的第二台路由器，这里是同一台）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the router forwards between its two networks</source>
        <translation>路由器在它的两个网络之间转发</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the director&apos;s cable to the real servers&apos; LAN</source>
        <translation>调度器连到真实服务器局域网的网线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the director&apos;s inside address: the real servers&apos; gateway</source>
        <translation>调度器的内网地址：真实服务器的网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the director&apos;s own address on the LAN</source>
        <translation>调度器在局域网上自己的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the VIP, the address clients connect to (the how-to&apos;s eth0:0)</source>
        <translation>VIP，客户端连接的地址（how-to 中的 eth0:0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the director&apos;s gateway is RouterA</source>
        <translation>调度器的网关是 RouterA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the how-to turns forwarding on for every method</source>
        <translation>how-to 在每种方式下都开启转发</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the virtual service on the VIP, scheduled by %1</source>
        <translation>VIP 上的虚拟服务，使用 %1 调度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>real server %1 with weight %2</source>
        <translation>真实服务器 %1，权重 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>removes the namespace with its links and addresses</source>
        <translation>删除该命名空间及其中的链路和地址</translation>
    </message>
</context>
<context>
    <name>LabDescription</name>
    <message>
        <location filename="../core/lab/labdescription.cpp" line="+112"/>
        <source>a lab is built for NAT, DR or TUN</source>
        <translation>实验只能按 NAT、DR 或 TUN 搭建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lab needs at least one real server</source>
        <translation>实验至少需要一台真实服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lab has at most %1 real servers</source>
        <translation>实验最多有 %1 台真实服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the persistence timeout must be 1 to 31536000 seconds</source>
        <translation>持久超时必须在 1 到 31536000 秒之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>192.168.0.%1 cannot be a real server: the lab&apos;s real servers are 192.168.0.2 to .250, except .200 (the DR VIP)</source>
        <translation>192.168.0.%1 不能作为真实服务器：实验的真实服务器为 192.168.0.2 到 .250，但 .200（DR 的 VIP）除外</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>192.168.0.%1 is listed twice</source>
        <translation>192.168.0.%1 列出了两次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weight of 192.168.0.%1 must be 0 to 65535</source>
        <translation>192.168.0.%1 的权重必须在 0 到 65535 之间</translation>
    </message>
</context>
<context>
    <name>LabLauncher</name>
    <message>
        <location filename="../ui/lablauncher.cpp" line="+19"/>
        <source>The window runs on the simulated kernel: this machine&apos;s kernel has no IPVS, or the helper is not installed.</source>
        <translation>窗口运行在模拟内核上：本机内核没有 IPVS，或者未安装辅助程序。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show the Director&apos;s &amp;Table</source>
        <translation>显示调度器的表(&amp;T)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lab Director (%1)</source>
        <translation>实验调度器（%1）</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../ui/labpanel.cpp" line="+29"/>
        <source>Lab</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at once</source>
        <translation>一次发完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per second</source>
        <translation> 个/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send Requests</source>
        <translation>发送请求(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Lab</source>
        <translation>删除实验(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>请求数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate:</source>
        <translation>速率：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Real server</source>
        <translation>真实服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered the client</source>
        <translation>应答了客户端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kernel&apos;s connections</source>
        <translation>内核统计的连接数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answers, newest last:</source>
        <translation>应答（最新的在最后）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removing the lab...</source>
        <translation>正在删除实验...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lab was removed.</source>
        <translation>实验已删除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Building the lab...</source>
        <translation>正在搭建实验...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Lab</source>
        <translation>%1 实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VS/%1 on %2: the client %3 fetches http://%4/ through the director; real servers %5 (gateway %6). Scheduler %7.</source>
        <translation>%2上的 VS/%1：客户端 %3 经由调度器访问 http://%4/；真实服务器 %5（网关 %6）。调度算法 %7。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the simulated kernel</source>
        <translation>模拟内核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this machine&apos;s kernel</source>
        <translation>本机内核</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The lab is running.</source>
        <translation>实验正在运行。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not allowed: polkit refused building or using a lab (org.lvsstudio.lab). Nothing was created.</source>
        <translation>不允许：polkit 拒绝搭建或使用实验（org.lvsstudio.lab）。没有创建任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lab is already running on this machine; remove it first.</source>
        <translation>本机上已有一个实验在运行；请先删除它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab is no longer there.</source>
        <translation>实验已不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab is still busy with the previous request.</source>
        <translation>实验仍在处理上一个请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab could not be built; nothing of it was left behind.</source>
        <translation>无法搭建实验；没有留下任何残余。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab failed.</source>
        <translation>实验失败。</translation>
    </message>
</context>
<context>
    <name>LabWizard</name>
    <message>
        <location filename="../ui/labwizard.cpp" line="+44"/>
        <source>Build a Lab</source>
        <translation>搭建实验</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Build</source>
        <translation>搭建(&amp;B)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How the director forwards</source>
        <translation>调度器如何转发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The how-to&apos;s three networks, built on this machine out of network namespaces that are not connected to its own network: the 192.168 addresses cannot clash with yours, and nothing leaves the machine.</source>
        <translation>用网络命名空间在本机上搭建 how-to 中的三种网络，它们与本机自己的网络互不相连：192.168 地址不会与您的网络冲突，也没有任何流量离开本机。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lab runs on the simulated kernel instead: the same network and table, scheduled as the kernel schedules.</source>
        <translation>实验改为运行在模拟内核上：网络和表相同，按内核的方式调度。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;NAT: the director rewrites addresses both ways (section 2)</source>
        <translation>&amp;NAT：调度器双向改写地址（第 2 节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DR: direct routing, replies go straight back (section 3)</source>
        <translation>&amp;DR：直接路由，应答直接返回（第 3 节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TUN: IP-in-IP tunnelling to the real servers</source>
        <translation>&amp;TUN：通过 IP-in-IP 隧道到达真实服务器</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The network it builds, as commands:</source>
        <translation>它搭建的网络，以命令表示：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scheduler and real servers</source>
        <translation>调度算法与真实服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each real server answers HTTP with &quot;This is&quot; and its number, as in the how-to.</source>
        <translation>与 how-to 中一样，每台真实服务器以 “This is” 加上自己的编号应答 HTTP。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Scheduler:</source>
        <translation>调度算法(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Persistent for</source>
        <translation>持久(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persistence:</source>
        <translation>持久连接：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Real server 192.168.0.</source>
        <translation>真实服务器 192.168.0.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Real Server</source>
        <translation>添加真实服务器(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The director&apos;s table, as commands:</source>
        <translation>调度器的表，以命令表示：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything it does</source>
        <translation>它所做的一切</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build runs these steps (the helper does them itself, without a shell); removing the lab deletes every namespace, and with them every link and address.</source>
        <translation>“搭建”会执行这些步骤（由辅助程序自己完成，不经过 shell）；删除实验会删除每个命名空间，连同其中的每条链路和每个地址。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The client talks to the director&apos;s outside address; the director rewrites each request to a real server on the private LAN and each reply back, so the real servers&apos; gateway must be the director. Any operating system; 10 to 20 real servers.</source>
        <translation>客户端与调度器的外网地址通信；调度器把每个请求改写后发往私有局域网中的一台真实服务器，并把每个应答改写回来，因此真实服务器的网关必须是调度器。任何操作系统均可；10 到 20 台真实服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One LAN: the director only changes the frame&apos;s destination MAC address, and the real server, which holds the VIP on lo without answering ARP for it, replies straight to the client through its own router (RouterB). The most efficient; the ARP settings are the usual mistake.</source>
        <translation>同一个局域网：调度器只修改帧的目的 MAC 地址；真实服务器把 VIP 配置在 lo 上且不响应它的 ARP，并经自己的路由器（RouterB）直接应答客户端。效率最高；ARP 设置是最常见的错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The director wraps each request in IP-in-IP to the real server, which unwraps it on tunl0 (where it holds the VIP) and replies straight to the client through its own router. The only method for real servers in other networks.</source>
        <translation>调度器把每个请求封装成 IP-in-IP 发往真实服务器，真实服务器在 tunl0（VIP 所在之处）上解封装，并经自己的路由器直接应答客户端。真实服务器位于其他网络时唯一可用的方式。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+68"/>
        <source>LVS Studio</source>
        <translation>LVS Studio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;p&gt;Each virtual service the kernel balances, with its real servers below it, as &lt;tt&gt;ipvsadm -Ln --stats --rate&lt;/tt&gt; lists them. A service&apos;s second column is its scheduler, a real server&apos;s its forwarding method (NAT, DR or TUN); hover over either for what it does.&lt;/p&gt;&lt;p&gt;Active connections are established ones; inactive are those closing or, for UDP, waiting out their timeout; persistent are the templates that send a returning client to the same real server. Double-click a weight to change it. Nothing reaches the kernel until you apply the pending changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;内核负载均衡的每个虚拟服务，其下是它的真实服务器，与 &lt;tt&gt;ipvsadm -Ln --stats --rate&lt;/tt&gt; 列出的一致。服务的第二列是它的调度算法，真实服务器的第二列是它的转发方式（NAT、DR 或 TUN）；鼠标悬停即可查看其作用。&lt;/p&gt;&lt;p&gt;活动连接是已建立的连接；非活动连接是正在关闭的连接，或 UDP 中等待超时的连接；持久连接是把回访的客户端送往同一台真实服务器的模板。双击权重即可修改。在您应用待定更改之前，任何内容都不会到达内核。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter by address, port, scheduler, forwarding or state (drain, maintenance)</source>
        <translation>按地址、端口、调度算法、转发方式或状态（drain、maintenance）筛选</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Services</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connections</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kernel</source>
        <translation>内核(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-Server Se&amp;tup</source>
        <translation>真实服务器配置(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Boot Configuration</source>
        <translation>开机配置(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set the timeouts to %1 %2 %3</source>
        <translation>将超时设为 %1 %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load boot configuration %1</source>
        <translation>加载开机配置 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No pending changes. Edits wait here, as the ipvsadm commands they equal, until you apply them.</source>
        <translation>没有待应用的更改。编辑内容会以等效的 ipvsadm 命令形式在此等待，直到您应用它们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending Changes</source>
        <translation>待应用的更改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduler</source>
        <translation>调度算法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How It Works</source>
        <translation>工作原理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ready: takes new connections at its weight. Quiesced: weight 0. Drain: weight 0 until its connections end, its weight remembered. Maintenance: out of the kernel&apos;s table, remembered.</source>
        <translation>就绪：按其权重接收新连接。静默：权重为 0。排空：在现有连接结束前权重为 0，并记住原权重。维护：已移出内核表，但在此保留记录。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+35"/>
        <source>New &amp;Service…</source>
        <translation>新建服务(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Service with the &amp;Wizard…</source>
        <translation>用向导新建服务(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service Wizard</source>
        <translation>服务向导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method, VIP, real servers and scheduler step by step, then what the director and the real servers need besides the table (DR&apos;s ARP settings explained).</source>
        <translation>逐步选择转发方式、VIP、真实服务器和调度算法，然后给出调度器和真实服务器在 IPVS 表之外还需要的设置（并解释 DR 的 ARP 设置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Real Server…</source>
        <translation>新建真实服务器(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drain</source>
        <translation>排空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drain, Then Remove…</source>
        <translation>排空后移除…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New connections stop now; %1 is removed (kept in Maintenance) once its active connections have ended, or after this many minutes at most:</source>
        <translation>新连接将立即停止；当 %1 的活动连接全部结束后，或最多经过以下分钟数后，将其移除（保留在维护状态中）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This service is persistent: returning clients keep coming to a drained server until their persistence template expires, unless net.ipv4.vs.expire_quiescent_template is 1.</source>
        <translation>此服务启用了持久连接：除非 net.ipv4.vs.expire_quiescent_template 为 1，否则回访的客户端在其持久连接模板过期之前仍会连到已排空的服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drain, Then Remove</source>
        <translation>排空后移除</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+307"/>
        <location filename="../ui/mainwindowactions.cpp" line="+4"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/mainwindowactions.cpp" line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowactions.cpp" line="+1"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause Refresh</source>
        <translation>暂停刷新(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hide Idle</source>
        <translation>隐藏空闲项(&amp;H)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide real servers with no connections and none arriving.</source>
        <translation>隐藏没有连接、也没有新连接到达的真实服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput in &amp;Bits per Second</source>
        <translation>以比特/秒显示吞吐量(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bit/s as network links are counted, instead of B/s as the kernel and ipvsadm --rate report.</source>
        <translation>按网络链路的计量方式使用 bit/s，而不是内核和 ipvsadm --rate 报告的 B/s。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;Rules (ipvsadm -S)…</source>
        <translation>导出为规则 (ipvsadm -S)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as ipvsadm &amp;Script…</source>
        <translation>导出为 ipvsadm 脚本(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;keepalived.conf…</source>
        <translation>导出为 keepalived.conf(&amp;K)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;Connections</source>
        <translation>显示连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real server takes new connections at its weight.</source>
        <translation>该真实服务器按其权重接收新连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight 0: no new connections, existing ones finish. With persistence, also set net.ipv4.vs.expire_quiescent_template=1 or returning clients still arrive.</source>
        <translation>权重 0：不接收新连接，现有连接继续直至结束。如启用了持久连接，还需设置 net.ipv4.vs.expire_quiescent_template=1，否则回访的客户端仍会到达。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed from the kernel&apos;s table, remembered here to bring back.</source>
        <translation>从内核表中移除，但在此保留记录，以便恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lab</source>
        <translation>实验(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Build a Lab...</source>
        <translation>搭建实验(&amp;B)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forwarding Methods and Schedulers</source>
        <translation>转发方式与调度算法(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What&apos;s &amp;This?</source>
        <translation>这是什么(&amp;T)？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refresh &amp;Every</source>
        <translation>刷新间隔(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Charts Show</source>
        <translation>图表时间范围(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-168"/>
        <source>refreshed %1</source>
        <translation>刷新于 %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is running and rewrites the IPVS table at its next sync: changes made here may be undone. Editing is unlocked.</source>
        <translation>%1 正在运行，并会在下次同步时重写 IPVS 表：在此所做的更改可能会被撤销。编辑已解锁。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is running and rewrites the IPVS table at its next sync, so its services are read-only here. Change its configuration instead, or &lt;a href=&quot;unlock&quot;&gt;edit anyway&lt;/a&gt;.</source>
        <translation>%1 正在运行，并会在下次同步时重写 IPVS 表，因此其服务在此为只读。请改为修改它的配置，或&lt;a href=&quot;unlock&quot;&gt;仍然编辑&lt;/a&gt;。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 drains once applied, and is removed when its active connections have ended.</source>
        <translation>%1 将在应用后开始排空，并在其活动连接全部结束后被移除。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n drained real server(s) ready to remove: the removal waits with your other pending changes.</source>
        <translation>
            <numerusform>%n 台已排空的真实服务器可以移除：移除操作将与您的其他待应用的更改一起等待应用。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source># no longer applies (the table changed): %1</source>
        <translation># 已不再适用（表已更改）：%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not Changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete real server %1?</source>
        <translation>删除真实服务器 %1？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete service %1 and its real servers?</source>
        <translation>删除服务 %1 及其所有真实服务器？</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>正在应用 %n 项更改…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Table Changed</source>
        <translation>表已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed the table since it was read (ipvsadm, keepalived …), so nothing was applied. Reload the table and keep your edits pending over it, or discard them?</source>
        <translation>自读取以来，表已被他人更改（ipvsadm、keepalived…），因此未应用任何更改。要重新载入表并在其上保留您待应用的编辑，还是放弃这些编辑？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload, Keep My Edits</source>
        <translation>重新载入，保留我的编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload, Discard My Edits</source>
        <translation>重新载入，放弃我的编辑</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowfiles.cpp" line="+19"/>
        <location line="+8"/>
        <location line="+44"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has mistakes; nothing was imported.

%2</source>
        <translation>%1 有错误，未导入任何内容。

%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %1, with %n pending change(s) not yet applied.</source>
        <translation>
            <numerusform>已导出 %1；另有 %n 项待应用的更改尚未应用。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules, scripts and keepalived.conf (*.rules *.sh *.conf ipvsadm*);;All files (*)</source>
        <translation>规则、脚本和 keepalived.conf (*.rules *.sh *.conf ipvsadm*);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MemoryBackend</name>
    <message>
        <location filename="../core/memorybackend.cpp" line="+20"/>
        <source>offline table (no kernel)</source>
        <translation>离线表（无内核）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the table was changed by someone else since it was read</source>
        <translation>自读取以来，表已被他人更改</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a %1 sync daemon is already running</source>
        <translation>%1 同步守护进程已在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
</context>
<context>
    <name>MethodsHelp</name>
    <message>
        <location filename="../ui/methodshelp.cpp" line="+29"/>
        <source>The three forwarding methods</source>
        <translation>三种转发方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real servers&apos; OS</source>
        <translation>真实服务器的操作系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real servers</source>
        <translation>真实服务器数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their gateway</source>
        <translation>其网关</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private network</source>
        <translation>私有网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10–20 (100 Mbit/s)</source>
        <translation>10–20 台（100 Mbit/s）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the director</source>
        <translation>调度器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must support IP tunnelling</source>
        <translation>必须支持 IP 隧道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAN or WAN</source>
        <translation>局域网或广域网</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>about 100</source>
        <translation>约 100 台</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>their own router</source>
        <translation>自己的路由器</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most; need a device that does not answer ARP</source>
        <translation>大多数；需要不响应 ARP 的设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAN</source>
        <translation>局域网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whatever the method, the director forwards packets: net.ipv4.ip_forward = 1 (the Kernel page sets it, and can keep it in /etc/sysctl.d).</source>
        <translation>无论哪种方式，调度器都要转发数据包：net.ipv4.ip_forward = 1（“内核”页可以设置它，并可将其保存在 /etc/sysctl.d 中）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedulers</source>
        <translation>调度算法</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forwarding Methods and Schedulers</source>
        <translation>转发方式与调度算法</translation>
    </message>
</context>
<context>
    <name>RealServerDialog</name>
    <message>
        <location filename="../ui/realserverdialog.cpp" line="+29"/>
        <source>Real Server of %1</source>
        <translation>%1 的真实服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>192.168.0.160</source>
        <translation>192.168.0.160</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masquerading (NAT)</source>
        <translation>NAT（地址转换）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct routing (DR)</source>
        <translation>直接路由 (DR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunnelling (TUN)</source>
        <translation>IP 隧道 (TUN)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>0 (quiesced: no new connections)</source>
        <translation>0（静默：不接收新连接）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no checksum</source>
        <translation>无校验和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remote checksum offload</source>
        <translation>远程校验和卸载</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forwarding</source>
        <translation>转发方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tunnel</source>
        <translation>隧道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop new connections at</source>
        <translation>新连接上限阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume below</source>
        <translation>低于此值时恢复</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>real server: no address yet</source>
        <translation>真实服务器：尚未填写地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real server: &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>真实服务器：&apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
</context>
<context>
    <name>RealServerSetup</name>
    <message>
        <location filename="../core/realserversetup/realserversetup.cpp" line="+38"/>
        <source>%1 %2 is not an %3 address</source>
        <translation>%1 %2 不是 %3 地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is not a unicast address</source>
        <translation>%1 %2 不是单播地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the director&apos;s address</source>
        <translation>调度器地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the director&apos;s IPv6 address</source>
        <translation>调度器的 IPv6 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the real servers&apos; router</source>
        <translation>真实服务器的路由器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the real servers&apos; IPv6 router</source>
        <translation>真实服务器的 IPv6 路由器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the director&apos;s interface</source>
        <translation>调度器的网络接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Linux interface</source>
        <translation>Linux 网络接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the FreeBSD interface</source>
        <translation>FreeBSD 网络接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Solaris interface</source>
        <translation>Solaris 网络接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VIP&apos;s dummy interface</source>
        <translation>VIP 的 dummy 接口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; is not an interface name (a letter, then up to 14 letters, digits, &quot;_&quot;, &quot;.&quot; or &quot;-&quot;)</source>
        <translation>%1 &quot;%2&quot; 不是有效的接口名称（应以字母开头，后跟最多 14 个字母、数字、&quot;_&quot;、&quot;.&quot; 或 &quot;-&quot;）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the IPv4 prefix length %1 is not from 1 to 32</source>
        <translation>IPv4 前缀长度 %1 不在 1 到 32 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the IPv6 prefix length %1 is not from 1 to 128</source>
        <translation>IPv6 前缀长度 %1 不在 1 到 128 之间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host name &quot;%1&quot; of %2 is not a host name</source>
        <translation>%2 的主机名 &quot;%1&quot; 不是有效的主机名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the table has no virtual services: there is nothing to set up</source>
        <translation>表中没有虚拟服务：没有需要配置的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service %1 has no real servers: there is nothing to set up</source>
        <translation>服务 %1 没有真实服务器：没有需要配置的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no service has real servers: there is nothing to set up</source>
        <translation>所有服务都没有真实服务器：没有需要配置的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service %1 has no real servers: there is nothing to set up for it</source>
        <translation>服务 %1 没有真实服务器：无需为其进行配置</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 is not a real server of any service in the table</source>
        <translation>%1 不是表中任何服务的真实服务器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>real server %1 is a NAT real server, whose default router must be the director, and a direct-routing or tunnelling one, whose replies come from a VIP the director holds and would drop: give it one method</source>
        <translation>真实服务器 %1 既是 NAT 真实服务器（其默认路由器必须是调度器），又是直接路由或 IP 隧道真实服务器（其应答以调度器持有的 VIP 为源地址，会被调度器丢弃）：请只为它指定一种转发方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>real server %1: the VIPs of %2 are chosen by firewall mark and are not in the table, so they are not set up</source>
        <translation>真实服务器 %1：%2 的 VIP 由防火墙标记选定，不在表中，因此不会为其进行配置</translation>
    </message>
    <message>
        <location filename="../core/realserversetup/freebsdsetup.cpp" line="+65"/>
        <source>real server %1: a FreeBSD gif tunnel names its far end, the director&apos;s own %2 address, which was not given; the output says %3 in its place</source>
        <translation>真实服务器 %1：FreeBSD 的 gif 隧道需要指明对端，即调度器自身的 %2 地址，但未给出该地址；输出中以 %3 代替</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>real server %1: FreeBSD cannot receive GUE tunnels; use IP-in-IP for it</source>
        <translation>真实服务器 %1：FreeBSD 无法接收 GUE 隧道；请为其改用 IP-in-IP</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>real server %1: GRE on FreeBSD is described in a note, not generated</source>
        <translation>真实服务器 %1：FreeBSD 上的 GRE 仅在说明中描述，不会生成配置</translation>
    </message>
    <message>
        <location filename="../core/realserversetup/linuxdirectorsetup.cpp" line="+135"/>
        <source>director: the VIPs of %1 are chosen by firewall mark and are not in the table, so they are not set up</source>
        <translation>调度器：%1 的 VIP 由防火墙标记选定，不在表中，因此不会为其进行配置</translation>
    </message>
    <message>
        <location filename="../core/realserversetup/realserverabout.cpp" line="+77"/>
        <source>real server %1: NAT sends the replies back through the director, so its default router must be the director&apos;s inside %2 address, which was not given; the output says %3 in its place</source>
        <translation>真实服务器 %1：NAT 经由调度器返回应答，因此其默认路由器必须是调度器的内侧 %2 地址，但未给出该地址；输出中以 %3 代替</translation>
    </message>
    <message>
        <location filename="../core/realserversetup/solarissetup.cpp" line="+69"/>
        <source>real server %1: Solaris 10&apos;s IPv6 files (hostname6.*) are not written; the ipadm commands cover IPv6 on Solaris 11 and illumos</source>
        <translation>真实服务器 %1：不会写入 Solaris 10 的 IPv6 文件 (hostname6.*)；ipadm 命令涵盖 Solaris 11 和 illumos 上的 IPv6 配置</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>real server %1: tunnelling on Solaris is described in a note, not generated</source>
        <translation>真实服务器 %1：Solaris 上的 IP 隧道仅在说明中描述，不会生成配置</translation>
    </message>
</context>
<context>
    <name>RulesParser</name>
    <message>
        <location filename="../core/rulesparser.cpp" line="+92"/>
        <source>a %1 sync daemon is already running</source>
        <translation>%1 同步守护进程已在运行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no %1 sync daemon is running</source>
        <translation>没有正在运行的 %1 同步守护进程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-R reads rules from standard input; give that file instead</source>
        <translation>-R 从标准输入读取规则；请改为直接指定该文件</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not an ipvsadm command or rule: &apos;%1&apos;</source>
        <translation>不是 ipvsadm 命令或规则：&apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SchedulerFlags</name>
    <message>
        <location filename="../core/scheduler.cpp" line="+128"/>
        <source>scheduler flag &apos;%1&apos; needs the %2 scheduler, not %3</source>
        <translation>调度算法标志 &apos;%1&apos; 需要 %2 调度算法，而不是 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown scheduler flag &apos;%1&apos;</source>
        <translation>未知调度算法标志 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>SchedulerPanel</name>
    <message>
        <location filename="../ui/schedulerpanel.cpp" line="+15"/>
        <source>No service chosen.</source>
        <translation>未选择服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduler picks, newest first</source>
        <translation>调度算法的选择记录（最新的在前）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 schedules with %2. %3</source>
        <translation>%1 使用 %2 调度算法。%3</translation>
    </message>
</context>
<context>
    <name>Schedulers</name>
    <message>
        <location filename="../core/scheduler.cpp" line="-120"/>
        <source>Round robin: each new connection goes to the next real server in turn.</source>
        <translation>轮询：每个新连接依次分配给下一台真实服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted round robin: servers take turns in proportion to their weights.</source>
        <translation>加权轮询：各服务器按其权重比例轮流接收连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Least connection: the server with the fewest connections wins (an active connection counts as 256 inactive ones).</source>
        <translation>最少连接：连接数最少的服务器胜出（一个活动连接按 256 个非活动连接计算）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted least connection: the lowest connections-per-weight wins; ipvsadm&apos;s default.</source>
        <translation>加权最少连接：连接数与权重之比最低的服务器胜出；ipvsadm 的默认调度算法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality-based least connection: a destination address keeps its server unless that server is overloaded (for caches).</source>
        <translation>基于局部性的最少连接：同一目标地址始终使用同一台服务器，除非该服务器过载（用于缓存集群）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality-based least connection with replication: a destination address maps to a set of servers that grows under load.</source>
        <translation>带复制的基于局部性的最少连接：一个目标地址映射到一组服务器，该组服务器随负载增加而扩大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination hashing: the destination address picks the server from a static hash table.</source>
        <translation>目标地址哈希：根据目标地址从静态哈希表中选择服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source hashing: the client address picks the server, so a client always lands on the same one.</source>
        <translation>源地址哈希：根据客户端地址选择服务器，因此同一客户端总是落到同一台服务器上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortest expected delay: (active connections + 1) / weight, lowest wins.</source>
        <translation>最短预期延迟：(活动连接数 + 1) / 权重，值最低者胜出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never queue: an idle server wins at once; otherwise shortest expected delay.</source>
        <translation>永不排队：空闲服务器立即胜出；否则按最短预期延迟选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted failover: every connection goes to the available server with the highest weight.</source>
        <translation>加权故障转移：所有连接都分配给可用服务器中权重最高的那一台。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted overflow: the highest-weight server until its active connections reach its weight, then the next.</source>
        <translation>加权溢出：先使用权重最高的服务器，直到其活动连接数达到其权重，然后使用下一台。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maglev hashing: a consistent hash of the client address over a lookup table filled by weight.</source>
        <translation>Maglev 哈希：在按权重填充的查找表上对客户端地址做一致性哈希。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted random twos choice: pick two servers at random by weight, take the less loaded.</source>
        <translation>加权随机二选一：按权重随机选出两台服务器，取负载较低的一台。</translation>
    </message>
</context>
<context>
    <name>ServerStateDelegate</name>
    <message>
        <location filename="../ui/serverstatedelegate.cpp" line="+17"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiesced</source>
        <translation>静默</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drain</source>
        <translation>排空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maintenance</source>
        <translation>维护</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../ui/servicedialog.cpp" line="+37"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send a client back to the same real server</source>
        <translation>将同一客户端始终发往同一台真实服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule every packet on its own (one-packet scheduling)</source>
        <translation>对每个数据包单独调度（单包调度）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Virtual Service</source>
        <translation>虚拟服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address and port</source>
        <translation>地址和端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewall mark</source>
        <translation>防火墙标记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>192.168.10.254 or 2001:db8::1</source>
        <translation>192.168.10.254 或 2001:db8::1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any (0)</source>
        <translation>任意 (0)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>255.255.255.255 (per client) or an IPv6 prefix</source>
        <translation>255.255.255.255（按单个客户端）或 IPv6 前缀长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Netmask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduler</source>
        <translation>调度算法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persistence</source>
        <translation>持久连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Persistence engine</source>
        <translation>持久连接引擎</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Fall back to another server when the hashed one is unavailable (%1-fallback)</source>
        <translation>哈希选中的服务器不可用时改用其他服务器 (%1-fallback)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash the client&apos;s port too (%1-port)</source>
        <translation>同时对客户端端口做哈希 (%1-port)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>&apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>netmask &apos;%1&apos; is not a prefix length from 1 to 128</source>
        <translation>子网掩码 &apos;%1&apos; 不是 1 到 128 之间的前缀长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netmask &apos;%1&apos; is not like 255.255.255.0</source>
        <translation>子网掩码 &apos;%1&apos; 不符合 255.255.255.0 这样的格式</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <location filename="../core/servicemodel.cpp" line="+350"/>
        <source>Managed by %1: changes made here are undone at its next sync.</source>
        <translation>由 %1 管理：在此所做的更改会在其下次同步时被撤销。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Bits in/s</source>
        <translation>入向比特/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bits out/s</source>
        <translation>出向比特/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service / real server</source>
        <translation>服务 / 真实服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduler / forwarding</source>
        <translation>调度算法 / 转发方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>活动连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>非活动连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persistent</source>
        <translation>持久连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conn/s</source>
        <translation>连接/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets in/s</source>
        <translation>入向包/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packets out/s</source>
        <translation>出向包/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes in/s</source>
        <translation>入向字节/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes out/s</source>
        <translation>出向字节/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packets in</source>
        <translation>入向包数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packets out</source>
        <translation>出向包数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes in</source>
        <translation>入向字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>出向字节数</translation>
    </message>
</context>
<context>
    <name>ServiceWizard</name>
    <message>
        <location filename="../ui/servicewizard.cpp" line="+78"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New Service on This Director</source>
        <translation>在本调度器上新建服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to Pending Changes</source>
        <translation>加入待应用的更改(&amp;A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The virtual service</source>
        <translation>虚拟服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address and port clients connect to (the VIP), how the director passes their connections on, and how it chooses a real server for each.</source>
        <translation>客户端连接的地址和端口（VIP）、调度器如何转发它们的连接，以及如何为每个连接选择真实服务器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;DR (direct routing)</source>
        <translation>&amp;DR（直接路由）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;NAT (masquerading)</source>
        <translation>&amp;NAT（地址转换）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TUN (IP tunnelling)</source>
        <translation>&amp;TUN（IP 隧道）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>192.168.0.200 or 2001:db8::200</source>
        <translation>192.168.0.200 或 2001:db8::200</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;VIP and port:</source>
        <translation>&amp;VIP 和端口：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Scheduler:</source>
        <translation>调度算法(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Persistent: send a client back to the same real server for</source>
        <translation>持久连接(&amp;P)：把同一客户端送回同一台真实服务器，时长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Persistence:</source>
        <translation>持久连接：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A persistence netmask, the sh and mh flags and firewall-mark services are in the service&apos;s Edit dialog once it is added.</source>
        <translation>持久连接的网络掩码、sh 和 mh 的标志以及防火墙标记服务，可在服务添加后的“编辑”对话框中设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service, as an ipvsadm command:</source>
        <translation>该服务对应的 ipvsadm 命令：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Real servers</source>
        <translation>真实服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The machines that answer the clients, and their weights: a real server of weight 2 gets twice the connections of one of weight 1 (with the weighted schedulers); 0 takes no new ones.</source>
        <translation>应答客户端的机器及其权重：在加权调度算法下，权重为 2 的真实服务器得到的连接是权重为 1 的两倍；权重 0 不再接收新连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add Real Server</source>
        <translation>添加真实服务器(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With DR and TUN a real server answers on the service&apos;s own port; only NAT can send connections to another port.</source>
        <translation>使用 DR 和 TUN 时，真实服务器在服务本身的端口上应答；只有 NAT 能把连接转到另一个端口。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each real server, as an ipvsadm command:</source>
        <translation>每台真实服务器对应的 ipvsadm 命令：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The director</source>
        <translation>调度器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this machine needs besides its IPVS table: forwarding, and for DR and TUN the VIP on its interface. Run the commands as root now; the files make it last across reboots.</source>
        <translation>本机在 IPVS 表之外还需要的设置：转发，以及 DR 和 TUN 时网卡上的 VIP。现在以 root 运行这些命令；这些文件让设置在重启后依然有效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Director&apos;s &amp;interface for the VIP:</source>
        <translation>调度器承载 VIP 的网卡(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 192.168.0.254</source>
        <translation>例如 192.168.0.254</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The director&apos;s own address on the real servers&apos; network (not the VIP): a NAT real server&apos;s default router.</source>
        <translation>调度器在真实服务器网络上的自身地址（不是 VIP）：NAT 真实服务器的默认路由器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Director&apos;s inside &amp;address:</source>
        <translation>调度器的内网地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The director&apos;s setup (sysctl, ip and the files):</source>
        <translation>调度器的设置（sysctl、ip 和文件）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The real servers&apos; setup</source>
        <translation>真实服务器的设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What each real server needs, for the operating system it runs.</source>
        <translation>每台真实服务器按其操作系统所需的设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Operating system:</source>
        <translation>操作系统(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. 192.168.0.252</source>
        <translation>可选，例如 192.168.0.252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DR and TUN real servers&apos; own default router, which must not be the director.</source>
        <translation>DR 和 TUN 真实服务器自己的默认路由器，不能是调度器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real servers&apos; &amp;router:</source>
        <translation>真实服务器的路由器(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each real server&apos;s setup:</source>
        <translation>每台真实服务器的设置：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These changes join the pending changes; nothing reaches the kernel until you Apply them, and Undo takes them back as one.</source>
        <translation>这些更改会加入待应用的更改；在您“应用”之前不会写入内核，“撤销”会把它们作为一步撤回。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What Apply will run:</source>
        <translation>“应用”将执行：</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Director&apos;s inside address: &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>调度器的内网地址：&apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real servers&apos; router: &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>真实服务器的路由器：&apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the virtual IP address (VIP) the clients connect to.</source>
        <translation>请输入客户端连接的虚拟 IP 地址（VIP）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIP: &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>VIP：&apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in the table already: edit it there instead</source>
        <translation>%1 已在表中：请在表中编辑它</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add at least one real server: a service without any refuses every connection.</source>
        <translation>请至少添加一台真实服务器：没有真实服务器的服务会拒绝所有连接。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1: enter the real server&apos;s address</source>
        <translation>第 %1 行：请输入真实服务器的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row %1: &apos;%2&apos; is not an IPv4 or IPv6 address</source>
        <translation>第 %1 行：&apos;%2&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>real server %1 is listed twice</source>
        <translation>真实服务器 %1 列出了两次</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the director&apos;s interface that holds the VIP (e.g. eth0).</source>
        <translation>请输入调度器承载 VIP 的网卡（例如 eth0）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>NAT: the director is the real servers&apos; router. It must forward packets (net.ipv4.ip_forward = 1), and the VIP is its own address on the clients&apos; side. Its inside address is what the real servers need as their default router.</source>
        <translation>NAT：调度器是真实服务器的路由器。它必须转发数据包（net.ipv4.ip_forward = 1），VIP 是它在客户端一侧的自身地址。它的内网地址就是真实服务器需要的默认路由器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAT: each real server&apos;s default router must be the director&apos;s inside address, or the replies miss the director and the clients drop them. Nothing else changes on the real servers; they need not know the VIP.</source>
        <translation>NAT：每台真实服务器的默认路由器必须是调度器的内网地址，否则应答绕过调度器，客户端会丢弃它们。真实服务器上无需其他更改，也不需要知道 VIP。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DR: the director holds the VIP on its interface and answers ARP for it, so that the router sends the clients&apos; packets to it. It passes each one on to a real server on the same LAN by changing only the destination MAC address.</source>
        <translation>DR：调度器在其网卡上持有 VIP 并应答它的 ARP，使路由器把客户端的数据包发给它。它只改写目标 MAC 地址，把每个数据包转给同一局域网上的真实服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DR and ARP, the most common LVS mistake: every real server holds the VIP too (on lo or a dummy device), so it accepts the packets the director passes on, but it must never answer ARP for the VIP, or the router learns a real server&apos;s MAC address and the clients bypass the director. On Linux net.ipv4.conf.all.arp_ignore = 1 answers ARP only for addresses of the interface asked on, and net.ipv4.conf.all.arp_announce = 2 never uses the VIP as the source of the server&apos;s own ARP requests. The replies go from the real servers straight to the clients through their own router, which must not be the director.</source>
        <translation>DR 与 ARP，最常见的 LVS 错误：每台真实服务器也持有 VIP（在 lo 或 dummy 设备上），以便接收调度器转来的数据包，但它绝不能应答 VIP 的 ARP，否则路由器会记住某台真实服务器的 MAC 地址，客户端就绕过了调度器。在 Linux 上，net.ipv4.conf.all.arp_ignore = 1 只为被询问的网卡上的地址应答 ARP，net.ipv4.conf.all.arp_announce = 2 在服务器自己发出 ARP 请求时从不以 VIP 作为源地址。应答由真实服务器经它们自己的路由器直接发给客户端，该路由器不能是调度器。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TUN: the director holds the VIP on its interface and answers ARP for it; it wraps each request in an IP-in-IP packet to the real server, which may be on any network.</source>
        <translation>TUN：调度器在其网卡上持有 VIP 并应答它的 ARP；它把每个请求封装在 IP-in-IP 数据包中发给真实服务器，真实服务器可以位于任何网络。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TUN: each real server unwraps the director&apos;s packets on a tunnel device (tunl0 on Linux) that holds the VIP, must not answer ARP for the VIP where it shares a LAN with the director, and must not drop the unwrapped packets as spoofed (rp_filter off on the tunnel). Replies go straight to the clients through the real server&apos;s own router.</source>
        <translation>TUN：每台真实服务器在持有 VIP 的隧道设备（Linux 上为 tunl0）上解封调度器的数据包；与调度器处于同一局域网时不能应答 VIP 的 ARP，也不能把解封后的数据包当作伪造包丢弃（在隧道上关闭 rp_filter）。应答经真实服务器自己的路由器直接发给客户端。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Go back: the service or its real servers need correcting.</source>
        <translation>请返回：服务或其真实服务器需要更正。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../ui/setuppage.cpp" line="+29"/>
        <source>ARP settings</source>
        <translation>ARP 设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply now</source>
        <translation>立即应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarding</source>
        <translation>转发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network (how-to)</source>
        <translation>网络（how-to 中的做法）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solaris 11 and illumos</source>
        <translation>Solaris 11 与 illumos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The how-to&apos;s files</source>
        <translation>how-to 中的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunnel devices at boot</source>
        <translation>开机时的隧道设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunnel modules</source>
        <translation>隧道模块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunnelling</source>
        <translation>隧道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP at boot (NetworkManager)</source>
        <translation>开机时的 VIP（NetworkManager）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the director does</source>
        <translation>调度器的作用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this server does</source>
        <translation>此服务器的作用</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The director</source>
        <translation>调度器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real servers</source>
        <translation>真实服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 192.168.0.254</source>
        <translation>例如 192.168.0.254</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The director&apos;s own address on the real servers&apos; network (not the VIP): a NAT real server&apos;s default router, and the far end of FreeBSD&apos;s and Solaris&apos; tunnels.</source>
        <translation>调度器自身在真实服务器所在网络上的地址（不是 VIP）：NAT 真实服务器的默认路由器，也是 FreeBSD 和 Solaris 隧道的远端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. 192.168.0.252</source>
        <translation>可选，例如 192.168.0.252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DR and TUN real servers&apos; own default router, which must not be the director.</source>
        <translation>DR 和 TUN 真实服务器自己的默认路由器，不能是调度器。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set up:</source>
        <translation>配置对象：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Director&apos;s inside address:</source>
        <translation>调度器的内网地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real servers&apos; router:</source>
        <translation>真实服务器的路由器：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the snippet shown to the clipboard.</source>
        <translation>将显示的片段复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;All…</source>
        <translation>全部保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every snippet as one commented document.</source>
        <translation>将所有片段保存为一份带注释的文档。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Save Setup</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Director&apos;s inside address: &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>调度器的内网地址：&apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real servers&apos; router: &apos;%1&apos; is not an IPv4 or IPv6 address</source>
        <translation>真实服务器的路由器：&apos;%1&apos; 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a service on the Services page to see what its director and real servers need.</source>
        <translation>在“服务”页选择一个服务，即可查看其调度器和真实服务器需要的配置。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>File %1</source>
        <translation>文件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to %1</source>
        <translation>添加到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands to run as root on %1</source>
        <translation>以 root 身份在%1上运行的命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../core/shellwords.cpp" line="+55"/>
        <source>unterminated %1 quote</source>
        <translation>未结束的 %1 引号</translation>
    </message>
</context>
<context>
    <name>SimulatedBackend</name>
    <message>
        <location filename="../core/simulation/simulatedbackend.cpp" line="+71"/>
        <source>simulated kernel</source>
        <translation>模拟内核</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the table was changed by someone else since it was read</source>
        <translation>自读取以来，表已被他人更改</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a %1 sync daemon is already running</source>
        <translation>%1 同步守护进程已在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backup</source>
        <translation>backup</translation>
    </message>
</context>
<context>
    <name>SimulatedKernel</name>
    <message>
        <location filename="../core/simulation/simulatedopening.cpp" line="+43"/>
        <source>no virtual service for %1</source>
        <translation>没有与 %1 对应的虚拟服务</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>persistence: %1 was sent to %2 before, so it goes there again</source>
        <translation>持久连接：%1 之前被发往 %2，因此再次发往该服务器</translation>
    </message>
</context>
<context>
    <name>SimulatedLab</name>
    <message>
        <location filename="../core/lab/simulatedlab.cpp" line="+28"/>
        <source>a lab is already running; take it down first</source>
        <translation>已有一个实验在运行；请先将其拆除</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <source>no lab is running</source>
        <translation>没有正在运行的实验</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send 1 to %1 requests at a time</source>
        <translation>每次发送 1 到 %1 个请求</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no real server took the connection</source>
        <translation>没有真实服务器接受该连接</translation>
    </message>
</context>
<context>
    <name>TableChange</name>
    <message>
        <location filename="../core/tablechange.cpp" line="+120"/>
        <source>add %1 (%2)</source>
        <translation>添加%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scheduler %1 to %2</source>
        <translation>调度算法 %1 改为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheduler flags</source>
        <translation>调度算法标志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>persistence</source>
        <translation>持久连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>persistence engine</source>
        <translation>持久连接引擎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one-packet scheduling</source>
        <translation>单包调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change %1: %2</source>
        <translation>修改%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add %1 to %2 (%3, weight %4)</source>
        <translation>将%1 添加到%2（%3，权重 %4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weight %1 to %2</source>
        <translation>权重 %1 改为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forwarding %1 to %2</source>
        <translation>转发方式 %1 改为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tunnel options</source>
        <translation>隧道选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change %1 in %2: %3</source>
        <translation>修改%2 中的%1：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete %1 from %2</source>
        <translation>从%2 中删除%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set the timeouts (tcp tcpfin udp) from %1 %2 %3 to %4 %5 %6</source>
        <translation>将超时 (tcp tcpfin udp) 从 %1 %2 %3 设为 %4 %5 %6</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>%1 is not in %2</source>
        <translation>%1 不在%2 中</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 is already in %2</source>
        <translation>%1 已在%2 中</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <location filename="../app/lvsctl/tablefile.cpp" line="+16"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: 无法打开：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1: 不是 UTF-8 文本</translation>
    </message>
</context>
<context>
    <name>TopologyPainter</name>
    <message>
        <location filename="../ui/topologypainter.cpp" line="+71"/>
        <source>IPv6-in-IPv6</source>
        <translation>IPv6-in-IPv6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IP-in-IP</source>
        <translation>IP-in-IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GUE, UDP %1</source>
        <translation>GUE，UDP %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GUE</source>
        <translation>GUE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GRE</source>
        <translation>GRE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No real servers yet: the director has nobody to send a new connection to.</source>
        <translation>尚无真实服务器：调度器无处发送新连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mixed forwarding: each real server&apos;s paths follow its own method.</source>
        <translation>混合转发：每台真实服务器的路径遵循其各自的转发方式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VS/NAT: the director rewrites addresses both ways, so replies return through it.</source>
        <translation>VS/NAT：调度器双向改写地址，因此应答经由调度器返回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VS/DR: the director only rewrites the MAC address; replies go straight to the client.</source>
        <translation>VS/DR：调度器只改写 MAC 地址；应答直接发往客户端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VS/TUN: the director tunnels requests to the real servers; replies go straight to the client.</source>
        <translation>VS/TUN：调度器通过隧道将请求发往真实服务器；应答直接发往客户端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local: the director serves the requests itself.</source>
        <translation>本地：调度器自己处理请求。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Real servers on a private network</source>
        <translation>位于私有网络中的真实服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real servers on the director&apos;s LAN</source>
        <translation>位于调度器所在局域网中的真实服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real servers wherever a tunnel reaches</source>
        <translation>位于隧道可达之处的真实服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real servers</source>
        <translation>真实服务器</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No virtual service to draw. Add one, or load the how-to&apos;s Listing 1.</source>
        <translation>没有可绘制的虚拟服务。请添加一个，或载入 how-to 中的清单 1 (Listing 1)。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+139"/>
        <source>scheduler %1</source>
        <translation>调度算法 %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the Internet</source>
        <translation>位于互联网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any address</source>
        <translation>任意地址</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Director</source>
        <translation>调度器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP: packets marked %1</source>
        <translation>VIP：标记为 %1 的数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP %1</source>
        <translation>VIP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inside %1</source>
        <translation>内侧 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>forwards per real server</source>
        <translation>按各真实服务器的方式转发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT: rewrites the addresses</source>
        <translation>NAT：改写地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DR: rewrites the MAC only</source>
        <translation>DR：只改写 MAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TUN: wraps in a tunnel</source>
        <translation>TUN：封装进隧道</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>NAT · gateway: the director</source>
        <translation>NAT · 网关：调度器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT · gateway %1</source>
        <translation>NAT · 网关 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT · the director itself</source>
        <translation>NAT · 调度器自身</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DR · VIP on %1</source>
        <translation>DR · VIP 位于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TUN · VIP on %1</source>
        <translation>TUN · VIP 位于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>local: the director itself</source>
        <translation>本地：调度器自身</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>weight 0: no new connections</source>
        <translation>权重 0：不接收新连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 active · %2 inactive</source>
        <translation>%1 活动 · %2 非活动</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no real servers</source>
        <translation>无真实服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 more real servers</source>
        <translation>另有 %1 台真实服务器</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reply from the VIP straight to the client, bypassing the director</source>
        <translation>应答以 VIP 为源地址直接发往客户端，绕过调度器</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>request (client → director → real server)</source>
        <translation>请求（客户端 → 调度器 → 真实服务器）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply</source>
        <translation>应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a new connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quiesced (weight 0)</source>
        <translation>静默（权重 0）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request</source>
        <translation>请求</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <location filename="../ui/topologyview.cpp" line="+21"/>
        <source>The virtual service to draw</source>
        <translation>要绘制的虚拟服务</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>LVS Studio: %1</source>
        <translation>LVS Studio：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no service</source>
        <translation>无服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topology of a Linux Virtual Server service: request and reply paths.</source>
        <translation>Linux 虚拟服务器 (LVS) 服务的拓扑：请求和应答路径。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation.cpp" line="+21"/>
        <source>masquerading</source>
        <translation>NAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct routing</source>
        <translation>直接路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tunnelling</source>
        <translation>IP 隧道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>local forwarding</source>
        <translation>本地转发</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>real server %1</source>
        <translation>真实服务器 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+35"/>
        <source>no address</source>
        <translation>没有地址</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>port 0 (any port) needs persistence</source>
        <translation>端口 0（任意端口）需要启用持久连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one-packet scheduling is only for UDP services</source>
        <translation>单包调度仅适用于 UDP 服务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>persistence timeout %1 is out of range 1 to %2 seconds</source>
        <translation>持久连接超时 %1 超出范围（1 到 %2 秒）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IPv6 persistence prefix %1 is out of range 1 to 128</source>
        <translation>IPv6 持久连接前缀长度 %1 超出范围（1 到 128）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown persistence engine &apos;%1&apos; (the kernel has &apos;sip&apos;)</source>
        <translation>未知的持久连接引擎 &apos;%1&apos;（内核仅提供 &apos;sip&apos;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown scheduler flag bits 0x%1</source>
        <translation>未知的调度算法标志位 0x%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a unicast address</source>
        <translation>%1 不是单播地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an %1 real server under an %2 service needs tunnelling, not %3</source>
        <translation>%2 服务下的 %1 真实服务器需要使用 IP 隧道，而不是%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 keeps the service&apos;s port %2; only masquerading can change it to %3</source>
        <translation>%1会保留服务的端口 %2；只有 NAT 才能将其改为 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>weight %1 is out of range 0 to %2</source>
        <translation>权重 %1 超出范围（0 到 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upper threshold %1 is out of range 0 to %2</source>
        <translation>上限阈值 %1 超出范围（0 到 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lower threshold %1 is out of range 0 to %2</source>
        <translation>下限阈值 %1 超出范围（0 到 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lower threshold %1 is above the upper threshold %2</source>
        <translation>下限阈值 %1 高于上限阈值 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a GUE tunnel needs a tunnel port</source>
        <translation>GUE 隧道需要隧道端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tunnel port applies to GUE only, not %1</source>
        <translation>隧道端口仅适用于 GUE，不适用于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checksum options apply to GUE and GRE tunnels, not ipip</source>
        <translation>校验和选项仅适用于 GUE 和 GRE 隧道，不适用于 ipip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remote checksum offload applies to GUE only, not gre</source>
        <translation>远程校验和卸载仅适用于 GUE，不适用于 gre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tunnel options need tunnelling, not %1</source>
        <translation>隧道选项需要使用 IP 隧道，而不是%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 appears twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 appears twice in %2</source>
        <translation>%1 在%2 中出现了两次</translation>
    </message>
</context>
<context>
    <name>lvsctl</name>
    <message>
        <location filename="../app/lvsctl/commands.cpp" line="+13"/>
        <source>Usage: lvsctl COMMAND [OPTIONS] [ARGUMENTS]

Manage and convert Linux Virtual Server (IPVS) tables.

Commands working on files (FILE may be - for standard input):
  check FILE                     validate a rules file, ipvsadm script or
                                 keepalived.conf
  convert --to FORMAT FILE       print the table FILE describes as ipvsadm -S -n
                                 rules, an ipvsadm script or keepalived.conf
                                 (FORMAT: rules, script, keepalived)
  plan FROM TO                   the fewest ipvsadm commands that turn the table
                                 FROM describes into the one TO describes
  realserver-setup FILE --os OS  what each real server (or --director) needs for
                                 NAT, DR or TUN, per OS (linux, freebsd, solaris)
  simulate TABLE SCRIPT          which real server the kernel&apos;s scheduler picks
                                 for each scripted connection (no kernel needed)

Commands on the kernel&apos;s table, through LVS Studio&apos;s helper (polkit decides):
  list [--stats|--rate|...]      the table, as ipvsadm -Ln prints it
  save                           the table as rules, as ipvsadm -S -n prints them
  restore [--dry-run] FILE       make the table the one FILE describes, in one
                                 transaction
  generation                     the table&apos;s generation, for restore --if-generation
  zero [SERVICE]                 zero the counters
  clear                          delete every service
  timeout [TCP TCPFIN UDP]       show or set the connection timeouts
  daemon [start|stop ...]        list, start or stop sync daemons
  connections [--service ...]    the connection table, as ipvsadm -Lnc prints it
  sysctl [get|set ...]           forwarding, IPVS and ARP kernel settings
  boot show|save                 the table restored at boot; Runtime to Boot
  interrupted [rollback|forget]  a batch a stopped helper left half made
lvsctl --lab COMMAND works on the local lab director&apos;s table (Lab &gt; Build a
Lab in the window) instead of this machine&apos;s.

lvsctl COMMAND --help describes a command.

Exit status: 0 success, 1 invalid input, 2 usage error, 3 file could not be
read or written, 4 the change was refused, 5 not authorized, 6 helper or
IPVS unavailable.
</source>
        <translation>用法：lvsctl COMMAND [OPTIONS] [ARGUMENTS]

管理和转换 Linux 虚拟服务器 (IPVS) 的表。

处理文件的命令（FILE 可为 -，表示标准输入）：
  check FILE                     校验规则文件、ipvsadm 脚本或
                                 keepalived.conf
  convert --to FORMAT FILE       将 FILE 所描述的表输出为 ipvsadm -S -n
                                 规则、ipvsadm 脚本或 keepalived.conf
                                 （FORMAT：rules、script、keepalived）
  plan FROM TO                   将 FROM 所描述的表变为 TO 所描述的表
                                 所需的最少 ipvsadm 命令
  realserver-setup FILE --os OS  各真实服务器（或 --director 时的调度器）
                                 按操作系统（linux、freebsd、solaris）为
                                 NAT、DR 或 TUN 所需的配置
  simulate TABLE SCRIPT          内核调度算法会为脚本中的每个连接选择
                                 哪台真实服务器（无需内核）

通过 LVS Studio 的辅助程序操作内核中的表（由 polkit 决定是否允许）：
  list [--stats|--rate|...]      列出表，格式同 ipvsadm -Ln
  save                           以规则形式输出表，格式同 ipvsadm -S -n
  restore [--dry-run] FILE       在一个事务中将表变为 FILE 所描述的表
  generation                     表的版本标识，供 restore --if-generation
                                 使用
  zero [SERVICE]                 将计数器清零
  clear                          删除所有服务
  timeout [TCP TCPFIN UDP]       显示或设置连接超时
  daemon [start|stop ...]        列出、启动或停止同步守护进程
  connections [--service ...]    连接表，格式同 ipvsadm -Lnc
  sysctl [get|set ...]           转发、IPVS 和 ARP 相关的内核参数
  boot show|save                 开机时恢复的表；运行时到开机
  interrupted [rollback|forget]  被停止的辅助程序留下的未完成的批量更改
lvsctl --lab COMMAND 操作本地实验的调度器的表（窗口中的“实验 &gt; 搭建实验”），
而不是本机的表。

lvsctl COMMAND --help 显示某个命令的说明。

退出状态：0 成功，1 输入无效，2 用法错误，3 无法读取或写入文件，
4 更改被拒绝，5 未获授权，6 辅助程序或 IPVS 不可用。
</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>lvsctl: unknown command &apos;%1&apos;</source>
        <translation>lvsctl: 未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try &apos;lvsctl --help&apos;.</source>
        <translation>请尝试执行 &apos;lvsctl --help&apos;。</translation>
    </message>
    <message>
        <location filename="../app/lvsctl/commandsupport.cpp" line="+12"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Try &apos;lvsctl %1 --help&apos;.</source>
        <translation>请尝试执行 &apos;lvsctl %1 --help&apos;。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>expected exactly one FILE argument (- for standard input)</source>
        <translation>需要且只需要一个 FILE 参数（- 表示标准输入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1 file arguments</source>
        <translation>需要 %1 个文件参数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../app/lvsctl/filecommands.cpp" line="+20"/>
        <source>Usage: lvsctl check FILE

Validates a table file: ipvsadm -S rules, an ipvsadm command script such
as the how-to&apos;s listings, or keepalived.conf (told apart by content).
Prints every mistake as FILE:LINE: message, and what keepalived.conf holds
that is not a table (VRRP, health checks) as notes.
Exit status: 0 valid, 1 mistakes found, 2 usage error, 3 unreadable file.
</source>
        <translation>用法：lvsctl check FILE

校验一个表文件：ipvsadm -S 规则、ipvsadm 命令脚本（如 how-to 中的清单）
或 keepalived.conf（按内容自动区分）。
每个错误以“FILE:LINE: 消息”的形式输出；keepalived.conf 中不属于表的内容
（VRRP、健康检查）以提示的形式输出。
退出状态：0 有效，1 发现错误，2 用法错误，3 文件不可读。
</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n service</source>
        <extracomment>Only for exactly one service; &quot;%n services&quot; otherwise.</extracomment>
        <translation>
            <numerusform>%n 个服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n services</source>
        <translation>
            <numerusform>%n 个服务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n real server</source>
        <extracomment>Only for exactly one real server; &quot;%n real servers&quot; otherwise.</extracomment>
        <translation>
            <numerusform>%n 台真实服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n real servers</source>
        <translation>
            <numerusform>%n 台真实服务器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: valid: %2, %3</source>
        <extracomment>%1 is the file; %2 is &quot;%n services&quot; and %3 &quot;%n real servers&quot;.</extracomment>
        <translation>%1: 有效：%2，%3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n mistake</source>
        <extracomment>Only for exactly one mistake; &quot;%1: %n mistakes&quot; otherwise.</extracomment>
        <translation>
            <numerusform>%1: %n 处错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n mistakes</source>
        <translation>
            <numerusform>%1: %n 处错误</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Output format: rules, script or keepalived.</source>
        <translation>输出格式：rules、script 或 keepalived。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: lvsctl convert --to rules|script|keepalived FILE

Prints the table that FILE (rules, ipvsadm script or keepalived.conf)
describes:
  rules   exactly what ipvsadm -S -n prints for that table (the format of
          /etc/sysconfig/ipvsadm); thresholds, timeouts and sync daemons
          are dropped, as ipvsadm drops them
  script  an ipvsadm shell script that builds the whole table
  keepalived  keepalived.conf virtual_server blocks, with a simple health
          check per real server to start from
Nothing is printed if FILE has mistakes.
</source>
        <translation>用法：lvsctl convert --to rules|script|keepalived FILE

输出 FILE（规则、ipvsadm 脚本或 keepalived.conf）所描述的表：
  rules   与 ipvsadm -S -n 对该表的输出完全相同（即
          /etc/sysconfig/ipvsadm 的格式）；阈值、超时和同步守护进程
          会被丢弃，与 ipvsadm 的做法相同
  script  构建整个表的 ipvsadm shell 脚本
  keepalived  keepalived.conf 的 virtual_server 块，并为每台真实服务器
          附带一个简单的健康检查，作为起点
若 FILE 有错误，则不输出任何内容。
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--to is required: rules, script or keepalived</source>
        <translation>必须指定 --to：rules、script 或 keepalived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown format &apos;%1&apos;: rules, script or keepalived</source>
        <translation>未知格式 &apos;%1&apos;：应为 rules、script 或 keepalived</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: lvsctl plan FROM TO

Prints the fewest ipvsadm commands that turn the table FROM describes into
the one TO describes, each with a comment saying what it does. An edit is
used wherever one does it (scheduler, persistence, weight, forwarding,
thresholds); only a changed address or port deletes and adds. The output
is a shell script. Either file may be - for standard input.
</source>
        <translation>用法：lvsctl plan FROM TO

输出将 FROM 所描述的表变为 TO 所描述的表所需的最少 ipvsadm 命令，
每条命令都附有说明其作用的注释。凡能通过修改完成的（调度算法、持久连接、
权重、转发方式、阈值）都使用修改命令；只有地址或端口发生变化时才先删除
再添加。输出为 shell 脚本。任一文件均可为 -，表示标准输入。
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only one of FROM and TO can be standard input</source>
        <translation>FROM 和 TO 中只能有一个是标准输入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing to do: %1 and %2 describe the same table</source>
        <translation>无需更改：%1 和 %2 描述的是同一个表</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change turns %1 into %2</source>
        <extracomment>Only for exactly one change; &quot;%n changes turn %1 into %2&quot; otherwise.</extracomment>
        <translation>
            <numerusform>%n 项更改将 %1 变为 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changes turn %1 into %2</source>
        <translation>
            <numerusform>%n 项更改将 %1 变为 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>linux, freebsd or solaris.</source>
        <translation>linux、freebsd 或 solaris。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this real server.</source>
        <translation>仅限此真实服务器。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+1"/>
        <location filename="../app/lvsctl/helpercommands.cpp" line="+351"/>
        <location line="+2"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The director&apos;s setup instead of the real servers&apos;.</source>
        <translation>输出调度器的配置，而不是真实服务器的配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The director&apos;s address on the real servers&apos; network (NAT gateway).</source>
        <translation>调度器在真实服务器所在网络上的地址（NAT 网关）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DR and TUN real servers&apos; own router.</source>
        <translation>DR 和 TUN 真实服务器自己的路由器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The real servers&apos; (or with --director, the director&apos;s) network interface.</source>
        <translation>真实服务器（使用 --director 时为调度器）的网络接口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the commands that apply the setup now, as one shell script.</source>
        <translation>仅输出使配置立即生效的命令，合为一个 shell 脚本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: lvsctl realserver-setup FILE --os linux|freebsd|solaris [--server ADDR]
       lvsctl realserver-setup FILE --director

Writes what the real servers of the table in FILE need for their forwarding
method (NAT: the director as gateway; DR: the VIP on a non-ARP device and
the ARP settings; TUN: the tunnel device), as the how-to does it and as
those systems are configured today, each part with why. --director writes
the director&apos;s side (forwarding, the VIP).
Options: --director-address ADDR (the NAT gateway), --gateway ADDR (DR/TUN
real servers&apos; router), --interface NAME, --apply-script (only the commands
that apply it now).
</source>
        <translation>用法：lvsctl realserver-setup FILE --os linux|freebsd|solaris [--server ADDR]
      lvsctl realserver-setup FILE --director

输出 FILE 中的表的各真实服务器按其转发方式所需的配置（NAT：以调度器为
网关；DR：在不应答 ARP 的设备上配置 VIP 并调整 ARP 设置；TUN：隧道设备），
既给出 how-to 中的做法，也给出这些系统如今的配置方式，每一部分都说明原因。
--director 则输出调度器一侧的配置（转发、VIP）。
选项：--director-address ADDR（NAT 网关），--gateway ADDR（DR/TUN 真实
服务器的路由器），--interface NAME，--apply-script（仅输出使配置立即生效
的命令）。
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give either --os SYSTEM or --director</source>
        <translation>请指定 --os SYSTEM 或 --director 二者之一</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown system &apos;%1&apos;: linux, freebsd or solaris</source>
        <translation>未知系统 &apos;%1&apos;：应为 linux、freebsd 或 solaris</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 %2: not an IPv4 or IPv6 address</source>
        <translation>--%1 %2: 不是 IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/lvsctl/helpercommands.cpp" line="+135"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/lvsctl/helpercommands.cpp" line="-455"/>
        <source>no lab is running (its director&apos;s table is there only while a lab exists): %1</source>
        <translation>没有正在运行的实验（其调度器的表只在实验存在时才有）：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot reach LVS Studio&apos;s helper (org.lvsstudio.Helper1 on the system bus): %1</source>
        <translation>无法连接 LVS Studio 的辅助程序（系统总线上的 org.lvsstudio.Helper1）：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is LVS Studio installed system-wide? Without the helper, lvsctl works on files only.</source>
        <translation>LVS Studio 是否已在系统范围内安装？没有辅助程序时，lvsctl 只能处理文件。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Counters: connections, packets and bytes.</source>
        <translation>计数器：连接数、数据包数和字节数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates per second (bytes, not bits).</source>
        <translation>每秒速率（按字节而非比特计）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection thresholds.</source>
        <translation>连接阈值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persistent connections.</source>
        <translation>持久连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact numbers, no K/M/G rounding.</source>
        <translation>显示精确数值，不按 K/M/G 取整。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Accepted for ipvsadm&apos;s sake: lvsctl never resolves names.</source>
        <translation>为兼容 ipvsadm 而接受此选项：lvsctl 从不解析名称。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Usage: lvsctl list [--stats|--rate|--thresholds|--persistent-conn] [--exact]

Prints the kernel&apos;s IPVS table exactly as ipvsadm -Ln prints it, with the same
views. Needs LVS Studio&apos;s helper (reading is allowed to local users).
</source>
        <translation>用法：lvsctl list [--stats|--rate|--thresholds|--persistent-conn] [--exact]

按与 ipvsadm -Ln 完全相同的格式输出内核中的 IPVS 表，视图选项也相同。
需要 LVS Studio 的辅助程序（本地用户均可读取）。
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>choose one of --stats, --rate, --thresholds and --persistent-conn</source>
        <translation>--stats、--rate、--thresholds 和 --persistent-conn 只能选择其一</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: lvsctl save

Prints the kernel&apos;s IPVS table as rules, byte for byte what ipvsadm -S -n
prints (the format of /etc/sysconfig/ipvsadm).
</source>
        <translation>用法：lvsctl save

以规则形式输出内核中的 IPVS 表，与 ipvsadm -S -n 的输出逐字节相同
（即 /etc/sysconfig/ipvsadm 的格式）。
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print the planned ipvsadm commands; change nothing.</source>
        <translation>输出计划执行的 ipvsadm 命令，不做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse unless the table is still the one &apos;lvsctl generation&apos; printed.</source>
        <translation>除非表仍是 &apos;lvsctl generation&apos; 输出时的那个表，否则拒绝执行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: lvsctl restore [--dry-run] [--if-generation N] FILE

Makes the kernel&apos;s IPVS table the one FILE describes (ipvsadm -S rules, an
ipvsadm script or keepalived.conf), in one transaction: the fewest changes
from the current table, refused if someone else changes the table meanwhile,
and undone entirely if any change fails. FILE may be - for standard input.
With --if-generation, &quot;meanwhile&quot; starts when N was read instead of now.
</source>
        <translation>用法：lvsctl restore [--dry-run] [--if-generation N] FILE

在一个事务中将内核的 IPVS 表变为 FILE（ipvsadm -S 规则、ipvsadm 脚本或
keepalived.conf）所描述的表：只对当前表做最少的更改；若期间有他人更改了
该表，则拒绝执行；任何一项更改失败，都会整体撤销。FILE 可为 -，表示标准
输入。
使用 --if-generation 时，“期间”从读取 N 时算起，而不是从现在算起。
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--if-generation wants the number &apos;lvsctl generation&apos; printed, not &apos;%1&apos;</source>
        <translation>--if-generation 需要 &apos;lvsctl generation&apos; 输出的数值，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>note: the file&apos;s sync daemons are not restored; see lvsctl daemon</source>
        <translation>提示：文件中的同步守护进程不会被恢复；参见 lvsctl daemon</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Usage: lvsctl generation

Prints the live table&apos;s generation: a hash of its services, real servers and
timeouts (not its counters). &apos;lvsctl restore --if-generation N&apos; refuses if the
table changed since N was printed: read, decide, then change safely.
</source>
        <translation>用法：lvsctl generation

输出当前运行中的表的版本标识（generation）：由其服务、真实服务器和超时
设置（不含计数器）计算出的哈希值。若自输出 N 以来表已被更改，
&apos;lvsctl restore --if-generation N&apos; 将拒绝执行：先读取、再决定，然后安全地
更改。
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage: lvsctl zero [-t|-u|--sctp-service ADDRESS:PORT | -f MARK [-6]]

Zeroes the counters of one service, or of every service.
</source>
        <translation>用法：lvsctl zero [-t|-u|--sctp-service ADDRESS:PORT | -f MARK [-6]]

将一个服务或所有服务的计数器清零。
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: lvsctl clear

Deletes every virtual service (ipvsadm -C).
</source>
        <translation>用法：lvsctl clear

删除所有虚拟服务（ipvsadm -C）。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: lvsctl timeout [TCP TCPFIN UDP]

Without arguments prints the connection timeouts in seconds; with three, sets
them (0 leaves one unchanged), as ipvsadm --set does.
</source>
        <translation>用法：lvsctl timeout [TCP TCPFIN UDP]

不带参数时，以秒为单位输出连接超时；带三个参数时，设置这些超时（0 表示
保持该项不变），与 ipvsadm --set 的作用相同。
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Usage: lvsctl daemon
       lvsctl daemon start master|backup [--mcast-interface IF] [--syncid N]
              [--sync-maxlen N] [--mcast-group ADDR] [--mcast-port N] [--mcast-ttl N]
       lvsctl daemon stop master|backup

Lists, starts or stops the connection synchronisation daemons, as ipvsadm
--list --daemon, --start-daemon and --stop-daemon do.
</source>
        <translation>用法：lvsctl daemon
      lvsctl daemon start master|backup [--mcast-interface IF] [--syncid N]
             [--sync-maxlen N] [--mcast-group ADDR] [--mcast-port N] [--mcast-ttl N]
      lvsctl daemon stop master|backup

列出、启动或停止连接同步守护进程，与 ipvsadm --list --daemon、
--start-daemon 和 --stop-daemon 的作用相同。
</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only connections to this virtual ADDRESS[:PORT].</source>
        <translation>仅显示发往此虚拟地址 ADDRESS[:PORT] 的连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only connections to this real server ADDRESS[:PORT].</source>
        <translation>仅显示发往此真实服务器 ADDRESS[:PORT] 的连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N entries.</source>
        <translation>最多显示 N 条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: lvsctl connections [--service ADDR[:PORT]] [--server ADDR[:PORT]] [--limit N]

Prints the kernel&apos;s connection table as ipvsadm -Lnc prints it.
</source>
        <translation>用法：lvsctl connections [--service ADDR[:PORT]] [--server ADDR[:PORT]] [--limit N]

按 ipvsadm -Lnc 的格式输出内核的连接表。
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要一个正数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Usage: lvsctl sysctl [get [NAME...]]
       lvsctl sysctl set [--persist] NAME VALUE   (or NAME=VALUE)

Shows or changes the kernel settings a director and its real servers need:
net.ipv4.ip_forward, net.ipv6.conf.all.forwarding, net.ipv4.vs.*, and
arp_ignore, arp_announce and rp_filter under net.ipv4.conf.&lt;interface&gt;.
--persist also keeps the value in /etc/sysctl.d/90-lvs-studio.conf.
</source>
        <translation>用法：lvsctl sysctl [get [NAME...]]
      lvsctl sysctl set [--persist] NAME VALUE   （或 NAME=VALUE）

显示或更改调度器及其真实服务器所需的内核参数：
net.ipv4.ip_forward、net.ipv6.conf.all.forwarding、net.ipv4.vs.*，以及
net.ipv4.conf.&lt;interface&gt; 下的 arp_ignore、arp_announce 和 rp_filter。
--persist 还会将该值保存到 /etc/sysctl.d/90-lvs-studio.conf。
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a setting lvsctl manages, or this kernel lacks it</source>
        <translation>%1 不是 lvsctl 管理的参数，或者此内核没有该参数</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage: lvsctl boot show|save

show  prints the table restored at boot (/etc/sysconfig/ipvsadm on Fedora,
      /etc/ipvsadm.rules on Debian) and what that file cannot hold
save  writes the live table there (Runtime to Boot), keeping the old file
      as .bak
</source>
        <translation>用法：lvsctl boot show|save

show  输出开机时恢复的表（Fedora 上为 /etc/sysconfig/ipvsadm，
      Debian 上为 /etc/ipvsadm.rules），以及该文件无法保存的内容
save  将当前运行中的表写入该文件（Runtime to Boot），旧文件保留为
      .bak
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not exist: nothing is restored at boot</source>
        <translation>%1 不存在：开机时不会恢复任何内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: lvsctl interrupted [rollback|forget]

A helper stopped in the middle of a batch (killed, out of memory, crashed)
leaves the table half changed; the next helper reports the batch.
(none)    what the batch was, and which items it touched differ from
          before it
rollback  puts those items back as they were before the batch; what
          others changed since stays
forget    keeps the table as it is and drops the report
</source>
        <translation>用法：lvsctl interrupted [rollback|forget]

辅助程序在批量更改中途被停止（被杀死、内存耗尽、崩溃）时，表会只改了
一半；下一个辅助程序会报告这次批量更改。
（无参数）显示这次批量更改是什么，以及它涉及的哪些条目与更改前
          不同
rollback  将这些条目恢复为批量更改之前的样子；其他人此后所做的
          更改保留
forget    保持表的现状，并丢弃这份报告
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the items the interrupted batch touched are as before it</source>
        <translation>被中断的批量更改所涉及的条目已恢复为更改之前的样子</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No batch was interrupted.</source>
        <translation>没有被中断的批量更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every item it touched is as it was before it.</source>
        <translation>它涉及的每个条目都与更改之前相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items it touched that differ from before it:</source>
        <translation>它涉及的、与更改之前不同的条目：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;lvsctl interrupted rollback&apos; puts them back; &apos;lvsctl interrupted forget&apos; keeps the table as it is.</source>
        <translation>“lvsctl interrupted rollback”将它们恢复；“lvsctl interrupted forget”保持表的现状。</translation>
    </message>
    <message>
        <location filename="../app/lvsctl/simulatecommand.cpp" line="+17"/>
        <source>Say why the scheduler chose each server.</source>
        <translation>说明调度算法为何选择每台服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: lvsctl simulate [--explain] TABLE SCRIPT

Builds the table TABLE describes (rules, ipvsadm script or keepalived.conf)
in LVS Studio&apos;s simulated kernel, in the file&apos;s order, and runs the
connections SCRIPT describes, one step per line:
  open CLIENT:PORT VIRTUAL:PORT [tcp|udp|sctp]   a new connection, held open
  close CLIENT:PORT                              the client closes it
  wait SECONDS                                   time passes
For each &apos;open&apos; it prints the client and the real server the kernel&apos;s
scheduler chose (- when none was available), as CLIENT:PORT SERVER:PORT.
No root, no kernel: the simulator follows the kernel&apos;s own rules.
</source>
        <translation>用法：lvsctl simulate [--explain] TABLE SCRIPT

在 LVS Studio 的模拟内核中，按文件中的顺序构建 TABLE（规则、ipvsadm 脚本
或 keepalived.conf）所描述的表，然后运行 SCRIPT 所描述的连接，每行一步：
  open CLIENT:PORT VIRTUAL:PORT [tcp|udp|sctp]   新建一个连接并保持打开
  close CLIENT:PORT                              客户端关闭该连接
  wait SECONDS                                   经过一段时间
对每个 &apos;open&apos;，输出客户端以及内核调度算法所选的真实服务器（无可用服务器
时为 -），格式为 CLIENT:PORT SERVER:PORT。
无需 root，无需内核：模拟器遵循内核自身的规则。
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/lvs-studio/main.cpp" line="+28"/>
        <source>Administer the Linux Virtual Server (IPVS).</source>
        <translation>管理 Linux 虚拟服务器 (IPVS)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the window to FILE (PNG) once loaded, then exit.</source>
        <translation>载入完成后将窗口渲染为 FILE (PNG)，然后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit a table in memory, without a kernel or the helper.</source>
        <translation>在内存中编辑表，不使用内核或辅助程序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the simulated kernel with the how-to&apos;s NAT table and traffic running.</source>
        <translation>使用模拟内核，载入 how-to 中的 NAT 表并运行流量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on this page: services, connections, kernel, setup or boot.</source>
        <translation>打开时显示此页：services、connections、kernel、setup 或 boot。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A rules file, ipvsadm script or keepalived.conf to import.</source>
        <translation>要导入的规则文件、ipvsadm 脚本或 keepalived.conf。</translation>
    </message>
</context>
</TS>
