"""What the customer says right after a wrong attitude to their feeling, or what grates on the
ear (001): ignore, divert, deny, suppress, interrupt, question back, a direct refusal."""

from __future__ import annotations

from game.engine.text import Text, t

# mistake act -> buying style -> (cool, hot)
FEELING: dict[str, dict[str, tuple[Text, Text]]] = {
    "ignore": {
        "demanding": (
            t("You skipped right past what I just said.", "我刚说的话，你当没听见。"),
            t("Are you even listening? I said I'm angry!", "你听见没有？我说我很生气！"),
        ),
        "influential": (
            t(
                "Wow, I pour my heart out and you carry on like nothing.",
                "我跟你倒了半天苦水，你就当没这回事？",
            ),
            t(
                "Hello? I'm upset here, and you act like I said nothing!",
                "喂？我都气成这样了，你就跟没听见一样！",
            ),
        ),
        "steady": (
            t(
                "…I suppose how I feel doesn't really come into it.",
                "……看来我心里怎么想，您并不在意。",
            ),
            t(
                "I told you how this made me feel. You went right past it.",
                "我跟你说了我有多难受，你根本没往心里去。",
            ),
        ),
        "compliant": (
            t("You have not responded to the concern I raised.", "我提出的感受，您完全没有回应。"),
            t(
                "I stated plainly that I am upset. You have ignored it entirely.",
                "我已经明确说了我很不满，你却完全无视。",
            ),
        ),
    },
    "divert": {
        "demanding": (
            t("Don't change the subject.", "别扯开话题。"),
            t("Stop steering away! Stick to what I said!", "别给我岔开！就说我刚才说的！"),
        ),
        "influential": (
            t(
                "Hang on, I was telling you how I feel, and now this?",
                "等等，我在说我有多难受，你怎么扯到别处去了？",
            ),
            t(
                "Oh, nice, just switch topics! You won't get off that easy!",
                "好啊，话题一转就想糊弄过去！没那么容易！",
            ),
        ),
        "steady": (
            t(
                "Oh… we've moved on already. I wasn't quite finished with that.",
                "哦……这就说别的了，我那件还没说完呢。",
            ),
            t(
                "Please don't talk around it. What I said still matters to me.",
                "请你别绕开，我刚才说的对我很重要。",
            ),
        ),
        "compliant": (
            t(
                "That is a different matter. I would like my point addressed first.",
                "这是另一回事。请先回应我刚才提的事。",
            ),
            t(
                "You are changing the subject. I will not accept that.",
                "你在转移话题，这我不接受。",
            ),
        ),
    },
    "deny": {
        "demanding": (
            t("Don't tell me it's nothing.", "别跟我说没事。"),
            t("Nothing to be upset about? Are you serious?", "没什么好生气的？你认真的吗？"),
        ),
        "influential": (
            t(
                "Not a big deal? Easy for you to say, it didn't happen to you!",
                "不是什么大事？说得轻巧，又不是你碰上的！",
            ),
            t(
                "Don't you dare tell me it's no big deal! It is to me!",
                "你还敢说没什么大不了？对我来说就是大事！",
            ),
        ),
        "steady": (
            t(
                "It may seem small to you… it isn't small to me.",
                "在您看来也许是小事……对我可不是。",
            ),
            t("Please don't tell me I shouldn't feel this way.", "请你别跟我说我不该这么难受。"),
        ),
        "compliant": (
            t(
                "Whether I have grounds to be upset is not yours to decide.",
                "我有没有理由不满，不由您来判定。",
            ),
            t(
                "You are dismissing a legitimate complaint. That is unacceptable.",
                "你这是在否定一个正当的投诉，不能接受。",
            ),
        ),
    },
    "suppress": {
        "demanding": (
            t("Don't tell me to calm down.", "别叫我冷静。"),
            t("Calm down? Don't you tell me to calm down!", "冷静？你少叫我冷静！"),
        ),
        "influential": (
            t(
                "Calm down? I'd be calm if someone actually listened to me!",
                "让我冷静？要是有人肯听我说，我早冷静了！",
            ),
            t(
                'Oh, don\'t you "calm down" me! That makes it so much worse!',
                "别跟我来“冷静点”这一套！越说我越火！",
            ),
        ),
        "steady": (
            t(
                "I'm trying to stay calm… being told to doesn't help.",
                "我已经在尽量平静了……您这么说没用。",
            ),
            t(
                "Telling me to calm down just makes me feel worse.",
                "你叫我冷静，我心里只会更难受。",
            ),
        ),
        "compliant": (
            t(
                "I am speaking calmly. Telling me to calm down is inappropriate.",
                "我说话一直很平静，您让我冷静并不恰当。",
            ),
            t(
                "I will not be told how to feel. Address the matter.",
                "我怎么感受轮不到你来管。请处理问题。",
            ),
        ),
    },
    "interrupt": {
        "demanding": (
            t("Let me finish.", "让我说完。"),
            t("Don't cut me off!", "别打断我！"),
        ),
        "influential": (
            t(
                "Whoa, let me finish! I wasn't even halfway through.",
                "哎，让我说完嘛！我才说到一半呢。",
            ),
            t(
                "You keep cutting me off! Let me talk for once!",
                "你老是打断我！就不能让我把话说完！",
            ),
        ),
        "steady": (
            t(
                "Oh… sorry, I hadn't quite finished what I was saying.",
                "哦……不好意思，我话还没说完。",
            ),
            t(
                "Every time I try to speak, you cut in. It hurts.",
                "我每次刚开口，你就打断我，真让人寒心。",
            ),
        ),
        "compliant": (
            t(
                "I had not finished. Please allow me to complete my point.",
                "我还没有说完，请让我把话讲完整。",
            ),
            t(
                "You interrupted me. I expect to be heard in full.",
                "你打断了我。我要求把话完整说完。",
            ),
        ),
    },
    "question_back": {
        "demanding": (
            t("I asked you. Answer first.", "我问的是你。先回答。"),
            t("Don't throw my question back at me! Answer it!", "别把问题抛回给我！回答我！"),
        ),
        "influential": (
            t(
                "Hey, I asked you first! Answering a question with a question? Come on.",
                "喂，是我先问你的！用问题答问题，哪有这样的。",
            ),
            t(
                "Unbelievable! I ask you something and you fire a question back!",
                "真是服了！我问你话，你倒反过来问我！",
            ),
        ),
        "steady": (
            t("I was hoping you could answer that for me…", "我是想请您告诉我的……"),
            t(
                "I asked because I don't know. Please don't turn it back on me.",
                "我就是不知道才问你的，请别反过来问我。",
            ),
        ),
        "compliant": (
            t(
                "That does not answer my question. I asked it first.",
                "这并没有回答我的问题，是我先提问的。",
            ),
            t(
                "Answer the question I asked. Not another question.",
                "请回答我提出的问题，而不是反问我。",
            ),
        ),
    },
    "direct_refusal": {
        "demanding": (
            t('Just "no"? That\'s not an answer.', "就一个“不行”？这不算答复。"),
            t("No? Just like that? Unacceptable!", "不行？就这么一句？不能接受！"),
        ),
        "influential": (
            t(
                'Just "no", like that? You didn\'t even think about it for a second!',
                "就一句“不行”？你连想都没想一下！",
            ),
            t(
                "\"No\"? That's it? You're slamming the door right in my face!",
                "一句“不行”就完了？你这是把门往我脸上摔！",
            ),
        ),
        "steady": (
            t(
                "Oh… just no. I see. I thought there might be some way.",
                "哦……就是不行啊。我还以为总会有办法的。",
            ),
            t(
                "A flat no… I didn't expect to be turned away like that.",
                "就这么一口回绝……我真没想到会被这样打发。",
            ),
        ),
        "compliant": (
            t(
                "A refusal with no reason given is not an adequate response.",
                "没有任何理由的拒绝，不是合格的答复。",
            ),
            t(
                "You refuse without a single reason. I want that on record.",
                "你连一条理由都不给就拒绝，我要求记录在案。",
            ),
        ),
    },
}
