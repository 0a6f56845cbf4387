"""Word classes: many words that do one thing in a reply, one feature for all of them.

A trainee who types "irritated" where the corpus says "annoyed" should still be heard naming a
feeling: character n-grams cannot know the two are kin, a class can. The classes follow the
acts' meanings (game/engine/acts.py, from 001 and 002) and everyday service language; they are
written from the documents' vocabulary, not fitted to the corpus. Each class gives one
feature, 'sem:CLASS', weighed by the model like any other (cues.py handles negation)."""

from __future__ import annotations

CLASSES_EN: dict[str, tuple[str, ...]] = {
    "feeling": (
        r"\b(?:angry|upset|frustrat\w*|annoy\w*|irritat\w*|furious|mad|livid|fed up|stress\w*"
        r"|worried|anxious|disappoint\w*|exhaust\w*|awful|terrible|horrible|madden\w*|infuriat\w*"
        r"|unfair|scared|afraid|embarrass\w*|hurt|humiliat\w*|helpless|insult\w*|nightmare)\b",
    ),
    "understand": (
        r"\b(?:i (?:totally |completely |really |do )?"
        r"(?:understand|get it|get that|hear you|see why)"
        r"|(?:i )?can (?:see|tell|imagine|hear)|makes sense|no wonder|of course you"
        r"|every right|anyone would|i'd be|i would be|i'd feel|in your shoes|that's fair)\b",
    ),
    "others": (
        r"\b(?:other|many|lots of|a few|plenty of|several|some) (?:customers|people|clients|guests)"
        r"|\byou're not the (?:only|first)|\b(?:everyone|anyone|most people) (?:would|feels|has)",
    ),
    "sorry": (r"\b(?:sorry|sory|apolog\w*|forgive|regret)\b",),
    # a sorry for a named trouble is an apology whatever follows; a bare "sorry, but" or a
    # "sorry you feel that way" is not (corpus/CONVENTIONS.md, as the stories label them)
    "sorry_for": (
        r"\b(?:sorry|sory|apologi[sz]e)\w* (?:about|for) (?:this|that|the|all|any|it|keeping"
        r"|making|your|what|us|our|having)|\bsorry (?:this|that|it|we|i|again|to hear)\b",
    ),
    "sorry_but": (
        r"\b(?:well,? )?(?:i'm |im |i am )?(?:so |really |very |terribly )?(?:sorry|sory),? but\b"
        r"|\bsorry (?:you feel|you're|you are|you were|if you|if that)\b",
    ),
    "thanks": (r"\b(?:thank\w*|thx|ty|appreciate\w*|grateful)\b",),
    "listen": (
        r"\b(?:go on|tell me|i'm listening|im listening|take your time|all ears|keep going"
        r"|i won't interrupt|finish|say everything|from the start|let it out|i'm here)\b",
    ),
    "ask_open": (
        r"^(?:so,? )?(?:what|how|why|where|when|tell me|can you tell|could you (?:tell|describe)"
        r"|walk me through)\b",
        r"\b(?:what happened|what exactly|how did|what did|what's going on|talk me through)\b",
    ),
    "ask_closed": (
        r"^(?:so,? |and |just to (?:check|confirm),? )?(?:is|are|was|were|did|do|does|have|has"
        r"|can|could|will|would)\b[^?]*\?",
        r"\b(?:yes or no|correct\?|right\?|is that right|is that correct|am i right|confirm)\b",
    ),
    "time": (
        r"\b\d+ ?(?:minutes?|mins?|hours?|hrs?|days?|seconds?|secs?|working days)\b",
        r"\b(?:within|right now|right away|immediately|straight away|asap|today|tonight"
        r"|this (?:afternoon|morning|evening)|by (?:tomorrow|\d)|end of the day|first thing)\b",
    ),
    "doing": (
        r"\b(?:i'm|im|i am|i'll|ill|i will|let me|i'm going to) (?:now )?"
        r"(?:check|call|fix|look|sort"
        r"|put|do|send|process|refund|reset|cancel|book|get|pull|open|escalate|raise|ring|arrange)\b",
        # "let's get it fixed" solves; "let's talk about something else" diverts (cues.py)
        r"\blet's (?:get (?:it|this|that|you|your \w+) (?:fixed|sorted|solved|done|working|back)"
        r"|fix|sort|solve|sort out|get (?:this|it|that) (?:fixed|sorted)|see what|check|look)\b",
    ),
    "mine": (
        r"\b(?:personally|myself|my (?:name|number|extension|direct line|staff number|id)"
        r"|follow (?:it|this) up|it's mine|i'm responsible|responsibility|on me|call me directly"
        r"|deal with me|i'll handle|i will handle|i'll take care|leave it with me|i own)\b",
    ),
    "give": (
        r"\b(?:refund\w*|credit\w*|voucher|discount|waive\w*|free of charge|on the house"
        r"|compensat\w*"
        r"|money back|reimburs\w*|coupon|gift|free (?:month|upgrade|session|drink)|back to you)\b",
    ),
    "improve": (
        r"\b(?:from now on|in future|going forward|next time|never again|won't happen again"
        r"|change (?:the|our)|train\w*|improv\w*|new rule|new step|make sure"
        r"|so it doesn't happen)\b",
    ),
    "options": (
        r"\b(?:either|or we can|or i can|or you can|you can choose|choose|two options|options"
        r"|which (?:would you|do you) prefer|would you rather|alternatively|if you prefer|up to you"
        r"|or else|whichever)\b",
    ),
    "honest": (
        r"\b(?:honestly|to be honest|to be fair|i can't promise|i can promise|what i can do"
        r"|what i can't|realistically|it will take|it takes|earliest|the best i can|i won't pretend"
        r"|the truth is|i'll be straight)\b",
    ),
    "solve": (
        r"\b(?:i can|we can|how about|what if|the fix|solution|we could|i could|here's what"
        r"|the plan|what we'll do|let's)\b",
    ),
    "reason": (
        r"\b(?:because|cause|the reason|that's why|due to|caused by|what happened (?:was|is)"
        r"|it happened|turns out|the problem was|since the)\b",
    ),
    "case": (
        r"\b(?:another|one|a) (?:customer|client|lady|man|gentleman|woman|guest) (?:had|who|last"
        r"|came)|\blast (?:week|month|year)\b|\bfor (?:example|instance)\b|\bhad the same\b",
    ),
    "simple": (
        r"\b(?:in other words|simply put|put simply|basically|in plain|think of it|it's like"
        r"|like a|imagine|in short|what that means|that means|in everyday)\b",
    ),
    "praise": (
        r"\b(?:smart|clever|wise|sensible|great (?:idea|call|question|thinking|job)|good (?:idea"
        r"|call|thinking|question|catch|eye|instinct)|right thing|well done|impressive|thorough"
        r"|sharp|exactly right|you did (?:the right|well|everything right)|really helps)\b",
    ),
    "common": (
        r"\b(?:me too|same here|i also|i'm the same|been there|happened to me|my (?:mum|mom"
        r"|mother|dad|father|wife|husband|sister|brother|family|kid|son|daughter|parents)"
        r"|we both|like you|i'm a .{0,20} too)\b",
    ),
    "warm": (r"\b(?:oh no|oh dear|goodness|aw+|poor you|bless|lovely|take care|of course)\b",),
    "calm": (
        r"\b(?:no rush|no hurry|it's ok|its ok|it's alright|one step at a time|slowly"
        r"|whenever you're ready|there's time|plenty of time|no pressure|breathe)\b",
    ),
    "other_blame": (
        r"\b(?:colleague|coworker|co-worker|staff|clerk|the system|someone else|that department"
        r"|their fault|his fault|her fault|not my|not our|the shop|the store|the agent|the guy)\b",
    ),
    "wait": (
        r"\b(?:wait|hold on|hang on|a moment|one moment|a minute|a sec|later|tomorrow|be patient"
        r"|bear with|in a while|sometime|when (?:i|we) can|processing|look into it"
        r"|get back to you)\b",
    ),
    "refuse": (
        r"\b(?:can't|cant|cannot|not able|unable|not allowed|policy|rules?|impossible|no way"
        r"|won't be able|not possible|nothing (?:i|we) can)\b",
    ),
    "you_wrong": (
        r"\b(?:your fault|you should have|you didn't|you forgot|you must have|you misread"
        r"|you were wrong|careless|you clearly|obviously you|you need to learn|you failed"
        r"|your own|you're confused|you are confused|not making this easy)\b",
    ),
    "calm_down": (
        r"\b(?:calm|relax|chill|settle down|lower your voice|stop shouting|stop yelling"
        r"|no need to (?:shout|yell|get)|getting (?:so )?(?:angry|worked up|emotional))\b",
    ),
    "denial": (
        r"\b(?:nothing to (?:be|worry|get)|not a big deal|no big deal|overreact\w*|not that bad"
        r"|it's fine|it's nothing|don't worry about it|no problem at all|not serious)\b",
    ),
    "small": (r"\b(?:only|just|tiny|small|little|minor|couple of|trivial|petty|mere)\b",),
    "hurry": (
        r"\b(?:hurry|quick|quickly|faster|to the point|busy|queue|next|move on|keep it short"
        r"|short version|people waiting|don't have all day)\b",
    ),
    "promise": (
        r"\b(?:promise|guarantee|definitely|absolutely|100|for sure|certainly|swear|trust me"
        r"|assure you|no doubt)\b",
    ),
    "mock": (
        r"\b(?:oh (?:great|wonderful|brilliant|lovely|perfect|sure|wow)|congratulations|genius"
        r"|bravo|expert|shall i|what a surprise|big surprise|how shocking|silly me|funny)\b",
    ),
    "doubt": (
        r"\b(?:are you sure|really\?|you sure|memory|play tricks|hard to believe|i doubt"
        r"|supposedly|so you say|if that's true|are you certain|are you positive|don't see how)\b",
    ),
    "counter": (
        r"\b(?:that's not (?:true|right|correct|what)|actually|wrong|disagree|the (?:system|record"
        r"|records|screen|log)s? (?:show|says|remember)|whether you|it wasn't)\b",
    ),
    "private": (
        r"\b(?:married|how old|your age|for a living|your job|salary|boyfriend|girlfriend|husband"
        r"|wife|kids|children|where do you live|holiday with|someone special|single)\b",
    ),
    "sell": (
        r"\b(?:upgrade|plan|package|premium|our app|new app|offer|deal|promotion|subscribe|sign up"
        r"|new phone|insurance|membership|add-on|bundle)\b",
    ),
    "familiar": (
        r"\b(?:honey|sweetie|darling|dear|buddy|mate|bro|dude|babe|hun|hehe|lol|xx|sweetheart)\b",
    ),
    "technical": (
        r"\b(?:protocol|backend|server|ticket|sla|api|tier|bandwidth|latency|provisioning"
        r"|authentication|billing cycle|roaming|cell tower|base station|signal|handover|packet"
        r"|apn|config\w*|pursuant|clause|terms and conditions|parameter|node)\b",
    ),
    "authority": (
        r"\b(?:you must|you have to|you will|i said|listen to me|as i said|i told you|rules are"
        r"|that's final|do as|end of discussion|non-negotiable|i've already|i already told)\b",
    ),
    "off_topic": (
        r"\b(?:by the way|anyway|speaking of|reminds me|weather|coffee|tea|lunch|holiday"
        r"|have you tried|football|movie|weekend|traffic)\b",
    ),
    "hunt": (
        r"\b(?:did you (?:check|read|try|restart|turn|even)|have you (?:tried|read|checked)"
        r"|were you in|do you know how|why didn't you|did you actually)\b",
    ),
    "retort": (
        r"\b(?:how would i know|what do you expect|what do you want me to|since when|who says"
        r"|why would|what's wrong with|so what|what am i supposed)\b",
    ),
}

CLASSES_ZH: dict[str, tuple[str, ...]] = {
    "feeling": (
        r"生气|气愤|火大|恼火|窝火|着急|烦|郁闷|委屈|失望|难受|崩溃|憋屈|心累|折腾|闹心|担心|害怕"
        r"|不爽|上火|冤|气人|糟心|无助|丢人|尴尬|心寒|不舒服|抓狂",
    ),
    "understand": (
        r"理解|明白|懂您|懂你|能体会|换(?:作|做|了)?是我|换谁|谁都会|要是我|我也会|难怪|可以想象"
        r"|听得出|看得出|确实|应该的|在理",
    ),
    "others": (r"别的客户|其他客户|很多人|不少人|好多人|也有客户|大家都|不止您|不止你|换谁都",),
    "sorry": (r"抱歉|对不起|不好意思|道歉|致歉|歉意|见谅|sorry",),
    "sorry_for": (
        r"(?:让您|让你|给您|给你)(?:久等|添麻烦|费心|受累|白跑|跑了|担心)"
        r"|(?:抱歉|对不起|不好意思)[，,。! ！]",
    ),
    "sorry_but": (
        r"(?:抱歉|对不起)?让(?:您|你)有这种感觉|(?:抱歉|不好意思)(?:，|,)?我(?:理解|明白)",
    ),
    "thanks": (r"谢谢|感谢|多谢|谢了|辛苦您|辛苦你",),
    "listen": (r"您说|你说|接着说|慢慢说|我听着|我在听|不打断|说完|都说出来|全说出来|我听您",),
    "ask_open": (r"怎么回事|什么情况|发生了什么|能说说|说说看|具体|怎么样了|哪些|怎么了|讲讲",),
    "ask_closed": (r"是不是|对吗|是吗|对不对|有没有|是否|吗[?？]?$|还是.{1,12}[?？]",),
    "time": (r"\d+ ?分钟|\d+ ?小时|分钟|小时|马上|立刻|现在就|今天|今晚|之内|以内|这就|立即",),
    "doing": (
        r"我(?:现在|马上|这就|立刻)?(?:帮您|给您|帮你|给你|去|来)(?:查|办|处理|打|问|看|联系|弄|退|补|改)",
    ),
    "mine": (
        r"我亲自|亲自|我负责|我来负责|跟进|工号|我的电话|直接找我|算我的|我来扛|交给我|我担保|包在我",
    ),
    "give": (r"退款|退还|退给|补偿|赔|返还|免费|减免|免单|代金券|优惠券|礼品|送您|送你|抵扣|不收",),
    "improve": (r"以后|今后|下次|改进|整改|不会再|培训|制度|流程|加一道|备注|提醒|杜绝|从今天起",),
    "options": (r"或者|要么|两个方案|几个方案|您选|你选|哪个|更倾向|也可以|看您|看你|任选",),
    "honest": (r"说实话|实话|老实说|没法保证|能做到|做不到的|最快|大概|一般要|可能要|不瞒您|坦白",),
    "solve": (r"我可以|我们可以|可以帮|这样吧|要不|办法|方案|解决|这么办",),
    "reason": (r"因为|原因|所以|由于|是这样的|之所以|导致|造成",),
    "case": (r"之前有(?:位|个)|上周|上个月|有一次|比如|例如|曾经有|有位客户|有个客户",),
    "simple": (r"简单(?:说|来说|讲)|说白了|打个比方|就好比|就像|换句话说|通俗|意思就是|也就是说",),
    "praise": (r"细心|厉害|专业|有耐心|明智|聪明|仔细|做得对|很对|好习惯|多亏您|多亏你|真棒|周到",),
    "common": (r"我也|我妈|我爸|我家|我们都|同样|跟您一样|跟你一样|我以前也|咱俩",),
    "warm": (r"哎呀|哎哟|亲|呀|啦|哈|呢|您放心|辛苦了|别担心",),
    "calm": (r"不急|慢慢|不着急|没关系|别担心|一步一步|有的是时间|不用急",),
    "other_blame": (r"同事|前台|那个(?:员工|店员|人|小姑娘)|系统|他们|别的部门|厂家|商家|那边",),
    "wait": (r"等|稍等|再说|回头|改天|过两天|晚点|耐心|处理中|研究一下|反映一下",),
    "refuse": (r"不行|不能|不可以|没办法|办不了|规定|政策|制度|不允许|不支持|做不到|没法",),
    "you_wrong": (
        r"您自己|你自己|您没|你没|怪您|怪你|您的问题|你的问题|您的错|你的错|粗心|没看|看错|填错"
        r"|操作失误|搞错|弄错|不小心",
    ),
    "calm_down": (r"冷静|激动|消消气|别生气|小点声|小声|别吵|别嚷|淡定|平复|别发火|别喊",),
    "denial": (r"没什么|不至于|至于吗|小事|没那么严重|大惊小怪|不算什么|没事的|多大点",),
    "small": (r"才|就|一点|小钱|小事|没多少|几块|区区|而已|罢了",),
    "hurry": (r"快点|赶紧|抓紧|重点|直接说|长话短说|后面还有|排队|忙|下一位|快说",),
    "promise": (r"保证|一定|绝对|肯定|放心吧|包在|打包票|百分之百",),
    "mock": (r"真(?:行|厉害|聪明|了不起|是)|佩服|高手|专家|恭喜|呵呵|天大的|可真是|好厉害|您可真",),
    "doubt": (r"确定|真的|不会吧|怎么可能|不太相信|是不是|看花眼|记错|真有|真打",),
    "counter": (r"不是这样|不可能|不对|事实上|明明|其实|记录显示|系统显示|根本|可是记录",),
    "private": (r"多大|结婚|几岁|工资|收入|住哪|男朋友|女朋友|老公|老婆|孩子|做什么工作|对象",),
    "sell": (r"套餐|会员|升级|优惠活动|推荐|划算|新款|办(?:个|张)卡|保险|app|活动",),
    "familiar": (r"亲爱的|宝贝|哥们|兄弟|美女|帅哥|老铁|姐妹|妹子|小哥哥|小姐姐",),
    "technical": (
        r"基站|信令|后台|工单|协议|条款|流量包|资费|计费周期|鉴权|漫游|参数|配置|服务器|接口",
    ),
    "authority": (
        r"听我说|必须|我说了|按规定|照我说的|就这样|没得商量|我说过|懂不懂|明白吗|听清楚",
    ),
    "off_topic": (r"对了|顺便|话说|换个话题|天气|吃饭|喝茶|喝点|旅游|新开的|周末",),
    "hunt": (r"您有没有|你有没有|您是不是|你是不是|为什么不|怎么不|当时在|您会不会|你会不会",),
    "retort": (r"那您说|那你说|您想怎么样|你想怎么样|我怎么知道|您想要我|凭什么|谁说的|那又怎样",),
}
