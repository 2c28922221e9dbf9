package dev.penny.core.conversation;

class InMemoryAnswerClaimsTest extends AnswerClaimsContract {

    @Override
    protected AnswerClaims newHolder() {
        return new InMemoryAnswerClaims();
    }
}
