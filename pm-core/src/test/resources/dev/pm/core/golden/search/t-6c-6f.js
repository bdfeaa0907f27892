pmSearch.shard("6c-6f",{"long":[1,9],"lose":[0,1],"lost":[0,1],"lower":[0,1]});
